// The elves' hat, for their page and its missing-link card (inline SVG, as icons.tsx).
import type { JSX } from "solid-js";

export function ElfHat(props: { class?: string }): JSX.Element {
  return (
    <svg class={props.class} viewBox="0 0 64 64" aria-hidden="true">
      <circle cx="32" cy="32" r="32" fill="#fdf1de" />
      <path d="M14 44 Q22 14 44 8 Q40 22 50 44 Z" fill="#2e7d4f" />
      <path d="M44 8 Q52 10 54 18" fill="none" stroke="#2e7d4f" stroke-width="4" stroke-linecap="round" />
      <circle cx="54" cy="20" r="4.5" fill="#e0b84a" />
      <rect x="11" y="42" width="42" height="9" rx="4.5" fill="#c62828" />
      <circle cx="20" cy="46.5" r="1.8" fill="#fdf1de" />
      <circle cx="32" cy="46.5" r="1.8" fill="#fdf1de" />
      <circle cx="44" cy="46.5" r="1.8" fill="#fdf1de" />
    </svg>
  );
}
