// `kringle dev` (what `npm start` runs): kringle offline on one machine until Ctrl-C.
import { startKringle } from "../runtime.js";
import type { Command } from "./command.js";

export async function dev(): Promise<number> {
  const kringle = await startKringle();
  const { config } = kringle;
  console.log(`
  🎅 kringle is running offline (model: ${config.model}, data: ${config.dataDir})

     Chat with Santa:   ${kringle.chatUrl}
     Elves' dashboard:  ${kringle.elvesUrl}

  Ctrl-C stops; everything is kept in ${config.dataDir} for next time.
`);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) {
        // what is on disk is whole (checkpoints lag at most 100 ms, and are read again safely)
        console.log("kringle: stopped now; unfinished replies resume on the next start");
        process.exit(130);
      }
      stopping = true;
      const replies = kringle.bus.deliveriesInFlight;
      console.log(replies ? `\nkringle: finishing ${replies} repl${replies === 1 ? "y" : "ies"} (Ctrl-C again to stop now)…` : "\nkringle: stopping…");
      void kringle.stop().then(() => {
        console.log("kringle: stopped");
        resolve(0);
      });
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

export const devCommand: Command = {
  name: "dev",
  summary: "run kringle offline (what npm start does)",
  options: {},
  run: () => dev(),
};
