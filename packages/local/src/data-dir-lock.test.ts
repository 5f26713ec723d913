import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirInUseError, lockDataDir } from "./data-dir-lock.js";
import { tempDataDir } from "./testing/test-kringle.js";

describe("the data dir lock", () => {
  it("is taken and given back", () => {
    const dir = tempDataDir();
    const unlock = lockDataDir(dir);
    expect(existsSync(join(dir, "kringle.pid"))).toBe(true);
    unlock();
    expect(existsSync(join(dir, "kringle.pid"))).toBe(false);
  });

  it("refuses a data dir another living kringle holds, naming it", () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, "kringle.pid"), `${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`process ${process.ppid}`));
  });

  it("takes over from a kringle that died without giving it back", () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, "kringle.pid"), "2147483646\n");
    expect(() => lockDataDir(dir)()).not.toThrow();
  });
});
