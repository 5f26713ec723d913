// Inline SVG art (no images are fetched: the app runs with no network); the elves' hat is in
// elf-hat.tsx, so the chat does not carry it.
import type { JSX } from "solid-js";

export function SantaFace(props: { class?: string }): JSX.Element {
  return (
    <svg class={props.class} viewBox="0 0 64 64" aria-hidden="true">
      <circle cx="32" cy="32" r="32" fill="#fdf1de" />
      <path d="M15 28 Q24 6 46 11 Q53 13 55 21 L49 24 Q46 18 41 18 L48 28 Z" fill="#c62828" />
      <circle cx="54" cy="22" r="5" fill="#fff" stroke="#eadfcf" />
      <ellipse cx="32" cy="37" rx="13" ry="11" fill="#f7cfb1" />
      <circle cx="25" cy="41" r="3" fill="#f29b9b" opacity="0.55" />
      <circle cx="39" cy="41" r="3" fill="#f29b9b" opacity="0.55" />
      <circle cx="27" cy="35" r="1.8" fill="#3b2a20" />
      <circle cx="37" cy="35" r="1.8" fill="#3b2a20" />
      <path d="M17 39 Q18 60 32 61 Q46 60 47 39 Q44 47 32 47 Q20 47 17 39 Z" fill="#fff" stroke="#eadfcf" />
      <path d="M32 44 Q26 40 21 45 Q27 48 32 46 Q37 48 43 45 Q38 40 32 44 Z" fill="#fff" stroke="#e3d6c3" />
      <circle cx="32" cy="41" r="2.6" fill="#e8907c" />
      <rect x="12" y="25" width="40" height="8" rx="4" fill="#fff" stroke="#eadfcf" />
    </svg>
  );
}

export function Snowflake(props: { class?: string }): JSX.Element {
  return (
    <svg class={props.class} viewBox="0 0 24 24" aria-hidden="true">
      <g fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round">
        <path d="M12 2v20M3.3 7l17.4 10M3.3 17L20.7 7" />
        <path d="M9.5 3.8L12 6l2.5-2.2M9.5 20.2L12 18l2.5 2.2M4.2 10.3l3.2-.9-.7-3.2M19.8 13.7l-3.2.9.7 3.2M4.2 13.7l3.2.9-.7 3.2M19.8 10.3l-3.2-.9.7-3.2" />
      </g>
    </svg>
  );
}

export function SendIcon(props: { class?: string }): JSX.Element {
  return (
    <svg class={props.class} viewBox="0 0 24 24" aria-hidden="true">
      <path d="M3.4 20.4l17.5-7.5a1 1 0 000-1.8L3.4 3.6a.8.8 0 00-1.1 1l2.4 6.4 8.3 1-8.3 1-2.4 6.4a.8.8 0 001.1 1z" fill="currentColor" />
    </svg>
  );
}
