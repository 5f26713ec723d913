// Santa's words on the page: the parsed reply as elements and text nodes only (no innerHTML), kept
// by index so each new chunk updates the text in place instead of rebuilding the bubble.
import { createMemo, Index, type JSX } from "solid-js";
import { parseReply, type Block, type Line } from "./reply-markdown.js";

export function ReplyText(props: { text: string; streaming: boolean }): JSX.Element {
  const blocks = createMemo(() => parseReply(props.text, props.streaming));
  return (
    <div class="bubble__text bubble__text--reply">
      <Index each={blocks()}>{(block) => <BlockView block={block()} />}</Index>
    </div>
  );
}

function BlockView(props: { block: Block }): JSX.Element {
  // a block that changes kind is rendered afresh (a memo on the kind), as a <Switch> would
  const kind = createMemo(() => props.block.kind);
  const lines = () => (props.block.kind === "paragraph" ? props.block.lines : []);
  const items = () => (props.block.kind === "paragraph" ? [] : props.block.items);
  const start = () => (props.block.kind === "numbers" ? props.block.start : 1);
  const listItems = () => <Index each={items()}>{(item) => <li><LineView line={item()} /></li>}</Index>;
  const VIEWS: Record<Block["kind"], () => JSX.Element> = {
    paragraph: () => (
      <p>
        <Index each={lines()}>
          {(line, i) => (
            <>
              {i > 0 ? <br /> : null}
              <LineView line={line()} />
            </>
          )}
        </Index>
      </p>
    ),
    bullets: () => <ul>{listItems()}</ul>,
    numbers: () => <ol start={start()}>{listItems()}</ol>,
  };
  return <>{VIEWS[kind()]()}</>;
}

function LineView(props: { line: Line }): JSX.Element {
  return (
    <Index each={props.line}>
      {(span) => {
        const words = () => (span().italic ? <em>{span().text}</em> : span().text);
        return <>{span().bold ? <strong>{words()}</strong> : words()}</>;
      }}
    </Index>
  );
}
