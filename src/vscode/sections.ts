/**
 * What the interface calls a section. A heading is the text's own words and
 * stays as the text gives it; the untitled opening, which the core labels
 * "Introduction", is named in the interface's language.
 */
import * as vscode from 'vscode';
import { messagesFor } from '../core/messages';
import type { Section } from '../core/model';

/** The section's heading, or "Introduction" in the interface's language for the untitled opening. */
export function sectionName(section: Pick<Section, 'heading' | 'label'>): string {
  return section.heading === undefined ? messagesFor(vscode.env.language).reader.introduction : section.label;
}
