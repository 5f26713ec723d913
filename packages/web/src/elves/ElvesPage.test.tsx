import { cleanup, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { fakeSockets, manualTimers } from "../testing/fake-socket.js";
import { ElvesPage } from "./ElvesPage.js";

afterEach(cleanup);

describe("elves' page", () => {
  it("connects with the elves' link, sends nothing, shows the connection and says where the gift list will be", () => {
    const net = fakeSockets();
    render(() => <ElvesPage connection={{ url: "ws://h/?token=elf", WebSocket: net.WebSocket, timers: manualTimers() }} />);
    expect(screen.getByTestId("connection-state").dataset.state).toBe("connecting");
    net.latest().accept();
    expect(net.latest().url).toBe("ws://h/?token=elf");
    expect(net.latest().sent).toEqual([]);
    expect(screen.getByTestId("connection-state").dataset.state).toBe("open");
    expect(screen.getByRole("heading", { name: "The gift list" })).toBeTruthy();
  });

  it("stops reconnecting when the page goes away", () => {
    const net = fakeSockets();
    const timers = manualTimers();
    const { unmount } = render(() => <ElvesPage connection={{ url: "ws://h/?token=elf", WebSocket: net.WebSocket, timers }} />);
    net.latest().accept();
    unmount();
    expect(net.latest().closedByClient).toBe(true);
    net.latest().drop();
    expect(timers.waiting()).toEqual([]);
  });
});
