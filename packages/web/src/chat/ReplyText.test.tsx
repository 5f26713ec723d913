import { cleanup, render } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { ReplyText } from "./ReplyText.js";

afterEach(cleanup);

function show(text: string, streaming = false) {
  const [reply, setReply] = createSignal({ text, streaming });
  const { container } = render(() => <ReplyText text={reply().text} streaming={reply().streaming} />);
  return { root: container.firstElementChild as HTMLElement, setReply };
}

describe("Santa's reply on the page", () => {
  it("renders bold, italics, line breaks and lists as elements", () => {
    const { root } = show("Hi **Mia**, a *kitten*!\nLove, Santa\n\n- a sledge\n- lego\n\n1. first");
    expect(root.querySelector("strong")?.textContent).toBe("Mia");
    expect(root.querySelector("em")?.textContent).toBe("kitten");
    expect(root.querySelectorAll("p br")).toHaveLength(1);
    expect([...root.querySelectorAll("ul li")].map((li) => li.textContent)).toEqual(["a sledge", "lego"]);
    expect(root.querySelector("ol")?.getAttribute("start")).toBe("1");
    expect(root.textContent).not.toMatch(/[*]/);
  });

  it("puts HTML in a reply on the page as text: no element, attribute or link comes of it", () => {
    const attack = `<img src=x onerror="alert(1)"><script>alert(2)</script>[win](javascript:alert(3)) <a href="javascript:alert(4)">x</a>`;
    const { root } = show(attack);
    expect(root.querySelectorAll("img, script, a, [onerror], [href]")).toHaveLength(0);
    expect(root.textContent).toBe(`<img src=x onerror="alert(1)"><script>alert(2)</script>win <a href="javascript:alert(4)">x</a>`);
  });

  it("grows a streaming reply in place, never showing an unclosed marker, and bolds it once closed", () => {
    const { root, setReply } = show("I hope you get a ", true);
    const paragraph = root.querySelector("p");
    setReply({ text: "I hope you get a **red bi", streaming: true });
    expect(root.textContent).toBe("I hope you get a red bi");
    setReply({ text: "I hope you get a **red bicycle**", streaming: true });
    expect(root.querySelector("strong")?.textContent).toBe("red bicycle");
    setReply({ text: "I hope you get a **red bicycle**!", streaming: false });
    expect(root.querySelector("p")).toBe(paragraph);
    expect(root.textContent).toBe("I hope you get a red bicycle!");
  });
});
