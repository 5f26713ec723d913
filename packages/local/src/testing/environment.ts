// Puts process.env back as a test found it, one variable at a time: process.env itself is shared
// with the functions' threads, so it is mended, never replaced.
export function restoreEnvironment(saved: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
}
