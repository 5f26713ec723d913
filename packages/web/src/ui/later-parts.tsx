// The chunk ui/later.tsx loads after the first paint: its components and the styles they need,
// which are in place before any of them renders.
import css from "./later-parts.css?inline";

const style = document.createElement("style");
style.textContent = css;
document.head.append(style);

export { askWhyRefused } from "../chat/link-check.js";
export { CharCounter, limitNote } from "../chat/CharCounter.js";
export { Notices } from "../chat/Notices.js";
export { parseReply, plainText } from "../chat/reply-markdown.js";
export { ReplyFailed } from "../chat/ReplyFailed.js";
export { ReplyText } from "../chat/ReplyText.js";
export { RefusedBanner } from "./RefusedBanner.js";
export { MissingLink } from "./MissingLink.js";
export { Snowflake } from "./icons.js";
