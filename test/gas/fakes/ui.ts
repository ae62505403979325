import type { Faked } from './faked';
import { FakeHtmlOutput } from './html-service';
import type { Recorder } from './recorder';

import Base = GoogleAppsScript.Base;

export type MenuEntry = { caption: string; functionName: string } | 'separator';

export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;

export class FakeMenu implements Faked<
  Base.Menu,
  'addItem' | 'addSeparator' | 'addToUi',
  [Base.Menu, FakeMenu]
> {
  readonly entries: MenuEntry[] = [];

  constructor(
    private readonly rec: Recorder,
    readonly caption: string,
    private readonly ui: FakeUi,
  ) {}

  addItem(caption: string, functionName: string): FakeMenu {
    this.rec.hit('Menu.addItem');
    this.entries.push({ caption, functionName });
    return this;
  }

  addSeparator(): FakeMenu {
    this.rec.hit('Menu.addSeparator');
    this.entries.push('separator');
    return this;
  }

  addToUi(): void {
    this.rec.hit('Menu.addToUi');
    this.ui.menus.push(this);
  }
}

/** Records menus and dialogs; alert answers OK. */
export class FakeUi implements Faked<Base.Ui, 'createMenu', [Base.Menu, FakeMenu]> {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  readonly menus: FakeMenu[] = [];
  readonly alerts: { title?: string; prompt: string; buttons?: string }[] = [];

  /** What the next prompts answer (text, button), first in first out; none left: the dialog is cancelled. */
  readonly promptAnswers: { text: string; button: string }[] = [];
  /** What the next alerts with a YES_NO button set answer; none left: NO. */
  readonly confirmAnswers: string[] = [];
  readonly prompts: { title: string; prompt: string }[] = [];
  /** The sidebars shown, latest last. */
  readonly sidebars: FakeHtmlOutput[] = [];

  constructor(private readonly rec: Recorder) {}

  /** developers.google.com/apps-script/reference/base/ui#showSidebar(Object): an HtmlOutput only. */
  showSidebar(userInterface: unknown): void {
    this.rec.hit('Ui.showSidebar');
    if (!(userInterface instanceof FakeHtmlOutput))
      throw new Error('Cannot find method showSidebar: the argument must be an HtmlOutput.');
    this.sidebars.push(userInterface);
  }

  /** developers.google.com/apps-script/reference/base/ui#prompt(String,String,ButtonSet) */
  prompt(
    title: string,
    prompt: string,
    _buttons: string,
  ): { getResponseText(): string; getSelectedButton(): string } {
    this.rec.hit('Ui.prompt');
    this.prompts.push({ title, prompt });
    const answer = this.promptAnswers.shift() ?? { text: '', button: Button.CANCEL };
    return { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
  }

  createMenu(caption: string): FakeMenu {
    this.rec.hit('Ui.createMenu');
    return new FakeMenu(this.rec, caption, this);
  }

  alert(prompt: string): string;
  alert(prompt: string, buttons: string): string;
  alert(title: string, prompt: string, buttons: string): string;
  alert(a: string, b?: string, c?: string): string {
    this.rec.hit('Ui.alert');
    if (c !== undefined) this.alerts.push({ title: a, prompt: b ?? '', buttons: c });
    else this.alerts.push({ prompt: a, buttons: b });
    const buttons = c ?? b;
    if (buttons === ButtonSet.YES_NO) return this.confirmAnswers.shift() ?? Button.NO;
    return Button.OK;
  }
}
