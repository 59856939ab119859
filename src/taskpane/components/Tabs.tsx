/**
 * A WAI-ARIA tab list (roving tabindex, arrow keys, Home/End). Fluent's TabList would add about 30 KiB
 * of styles to the first load, which has a 400 KiB budget; this keeps the same keyboard behaviour and
 * takes its colours from Fluent's CSS variables, set by FluentProvider.
 */
import { useRef, type KeyboardEvent } from 'react';

export interface TabItem<T extends string> {
  value: T;
  label: string;
}

export function tabId(value: string): string {
  return `tab-${value}`;
}

export function Tabs<T extends string>({
  items,
  selected,
  onSelect,
  label,
  panelId,
}: {
  items: readonly TabItem<T>[];
  selected: T;
  onSelect(value: T): void;
  label: string;
  panelId: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const last = items.length - 1;
    const target =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : undefined;
    if (target === undefined) return;
    event.preventDefault();
    onSelect(items[target].value);
    refs.current[target]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tobokel-tabs">
      {items.map((item, index) => {
        const isSelected = item.value === selected;
        return (
          <button
            key={item.value}
            ref={(el) => {
              refs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={tabId(item.value)}
            aria-selected={isSelected}
            aria-controls={panelId}
            tabIndex={isSelected ? 0 : -1}
            className="tobokel-tab"
            onClick={() => onSelect(item.value)}
            onKeyDown={(event) => move(event, index)}
          >
            {item.label}
          </button>
        );
      })}
    </div>
  );
}
