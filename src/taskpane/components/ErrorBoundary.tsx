/**
 * If a part of the pane fails to render, say so in the user's language and keep the rest usable, rather
 * than leaving a blank pane (React unmounts the whole tree on an uncaught render error).
 */
import { Component, type ReactNode } from 'react';
import type { UiLanguage } from '../../order281/text';
import { STRINGS } from '../strings';

interface Props {
  language: UiLanguage;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('Tobokel pane error', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p role="alert" className="tobokel-crash">
        {STRINGS.errorUnknown[this.props.language]}
      </p>
    );
  }
}
