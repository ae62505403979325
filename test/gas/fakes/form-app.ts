import type { FakeClock } from './clock';
import type { Recorder } from './recorder';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

export const ItemType = {
  TEXT: 'TEXT',
  PARAGRAPH_TEXT: 'PARAGRAPH_TEXT',
  MULTIPLE_CHOICE: 'MULTIPLE_CHOICE',
  CHECKBOX: 'CHECKBOX',
  LIST: 'LIST',
} as const;
type ItemKind = keyof typeof ItemType;
export const EmailCollectionType = {
  DO_NOT_COLLECT: 'DO_NOT_COLLECT',
  VERIFIED: 'VERIFIED',
  RESPONDER_INPUT: 'RESPONDER_INPUT',
} as const;
export const DestinationType = { SPREADSHEET: 'SPREADSHEET' } as const;

const CHOICE_KINDS: readonly ItemKind[] = ['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'];

/**
 * One question. Apps Script has a class per item type reached through asXxxItem(); the fake
 * has one class, and asXxxItem() throws on the wrong type as Apps Script does.
 */
export class FakeItem {
  title = '';
  helpText = '';
  required = false;
  choices: string[] = [];
  otherOption = false;
  validation: unknown;

  constructor(
    private readonly rec: Recorder,
    readonly id: number,
    readonly type: ItemKind,
  ) {}

  getId(): number {
    this.rec.hit('Item.getId');
    return this.id;
  }
  getType(): string {
    this.rec.hit('Item.getType');
    return this.type;
  }
  getTitle(): string {
    this.rec.hit('Item.getTitle');
    return this.title;
  }
  setTitle(title: string): this {
    this.rec.hit('Item.setTitle');
    this.title = title;
    return this;
  }
  getHelpText(): string {
    this.rec.hit('Item.getHelpText');
    return this.helpText;
  }
  setHelpText(text: string): this {
    this.rec.hit('Item.setHelpText');
    this.helpText = text;
    return this;
  }
  isRequired(): boolean {
    this.rec.hit('Item.isRequired');
    return this.required;
  }
  setRequired(enabled: boolean): this {
    this.rec.hit('Item.setRequired');
    this.required = enabled;
    return this;
  }
  setChoiceValues(values: string[]): this {
    this.rec.hit('Item.setChoiceValues');
    if (!CHOICE_KINDS.includes(this.type)) throw new Error(`${this.type} items have no choices`);
    if (values.length === 0) throw new Error('Invalid argument: values');
    this.choices = [...values];
    return this;
  }
  getChoices(): { getValue(): string }[] {
    this.rec.hit('Item.getChoices');
    return this.choices.map((value) => ({ getValue: () => value }));
  }
  showOtherOption(enabled: boolean): this {
    this.rec.hit('Item.showOtherOption');
    if (this.type === 'LIST' || !CHOICE_KINDS.includes(this.type)) throw new Error('No "other" option here');
    this.otherOption = enabled;
    return this;
  }
  setValidation(validation: unknown): this {
    this.rec.hit('Item.setValidation');
    this.validation = validation;
    return this;
  }
  private as(kind: ItemKind): this {
    this.rec.hit('Item.as');
    if (this.type !== kind) throw new Error(`Item ${this.id} is not a ${kind} item`);
    return this;
  }
  asTextItem(): this {
    return this.as('TEXT');
  }
  asParagraphTextItem(): this {
    return this.as('PARAGRAPH_TEXT');
  }
  asMultipleChoiceItem(): this {
    return this.as('MULTIPLE_CHOICE');
  }
  asCheckboxItem(): this {
    return this.as('CHECKBOX');
  }
  asListItem(): this {
    return this.as('LIST');
  }
  /**
   * https://developers.google.com/apps-script/reference/forms/list-item#createresponseresponse —
   * an answer for a draft response; a value that is none of the item's choices throws, as in
   * Apps Script. (Text items take any text.)
   */
  createResponse(value: string): FakeItemResponse {
    this.rec.hit('Item.createResponse');
    if (CHOICE_KINDS.includes(this.type) && !this.choices.includes(value))
      throw new Error('Invalid response submitted to item. Invalid choice: ' + value);
    return { item: this, value };
  }
}

/** An answer made by Item.createResponse, for FormResponse.withItemResponse. */
export interface FakeItemResponse {
  readonly item: FakeItem;
  readonly value: string;
}

/**
 * A response built by the script (Form.createResponse), not submitted: it only makes a
 * prefilled link here.
 * https://developers.google.com/apps-script/reference/forms/form-response#withitemresponseresponse
 * https://developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()
 */
export class FakeDraftResponse {
  private readonly answers: FakeItemResponse[] = [];

  constructor(
    private readonly rec: Recorder,
    private readonly form: FakeForm,
  ) {}

  withItemResponse(response: FakeItemResponse): this {
    this.rec.hit('FormResponse.withItemResponse');
    // An answer for an item of another form is refused, as Apps Script does.
    if (!this.form.items.includes(response.item)) throw new Error('Invalid argument: response');
    const at = this.answers.findIndex((a) => a.item === response.item);
    if (at >= 0) this.answers.splice(at, 1);
    this.answers.push(response);
    return this;
  }

  /** The published link with each answer as an `entry.<item id>` parameter, URL-encoded. */
  toPrefilledUrl(): string {
    this.rec.hit('FormResponse.toPrefilledUrl');
    const query = this.answers.map((a) => `entry.${a.item.id}=${encodeURIComponent(a.value)}`).join('&');
    return `https://docs.google.com/forms/d/e/${this.form.id}/viewform?usp=pp_url${query ? `&${query}` : ''}`;
  }
}

export interface FakeAnswer {
  readonly item: FakeItem;
  readonly value: string | string[];
}

export class FakeFormResponse {
  constructor(
    private readonly rec: Recorder,
    readonly id: string,
    readonly timestampMs: number,
    readonly email: string,
    readonly answers: readonly FakeAnswer[],
  ) {}

  getId(): string {
    this.rec.hit('FormResponse.getId');
    return this.id;
  }
  getTimestamp(): Date {
    this.rec.hit('FormResponse.getTimestamp');
    return new Date(this.timestampMs);
  }
  getRespondentEmail(): string {
    this.rec.hit('FormResponse.getRespondentEmail');
    return this.email;
  }
  getItemResponses(): { getItem(): FakeItem; getResponse(): string | string[] }[] {
    this.rec.hit('FormResponse.getItemResponses');
    return this.answers.map((a) => ({
      getItem: () => a.item,
      getResponse: () => (Array.isArray(a.value) ? [...a.value] : a.value),
    }));
  }
}

export class FakeForm {
  title: string;
  description = '';
  confirmation = '';
  collectEmail = false;
  emailCollection: string = EmailCollectionType.DO_NOT_COLLECT;
  /** Forms made by a script after 30 June 2026 start unpublished. */
  published = false;
  /**
   * Whether the form takes responses ("Đang nhận câu trả lời" in the Forms editor). A separate
   * setting from publishing: Google forces it off while a form is unpublished, and publishing
   * turns it on; the principal (or the script) can close a published form again.
   * https://developers.google.com/apps-script/reference/forms/form#setacceptingresponsesenabled
   * https://developers.google.com/workspace/forms/api/guides/publish-form
   */
  acceptingResponses = false;
  destinationId: string | undefined;
  destinationsSet = 0;
  /** The tab the last setDestination made (test view). */
  destinationSheet: FakeSheet | undefined;
  readonly items: FakeItem[] = [];
  readonly responses: FakeFormResponse[] = [];
  private nextItem = 1;

  constructor(
    private readonly rec: Recorder,
    private readonly app: FakeFormApp,
    readonly id: string,
    title: string,
  ) {
    this.title = title;
  }

  getId(): string {
    this.rec.hit('Form.getId');
    return this.id;
  }
  getTitle(): string {
    this.rec.hit('Form.getTitle');
    return this.title;
  }
  setTitle(title: string): this {
    this.rec.hit('Form.setTitle');
    this.title = title;
    return this;
  }
  setDescription(text: string): this {
    this.rec.hit('Form.setDescription');
    this.description = text;
    return this;
  }
  setConfirmationMessage(message: string): this {
    this.rec.hit('Form.setConfirmationMessage');
    this.confirmation = message;
    return this;
  }
  setCollectEmail(collect: boolean): this {
    this.rec.hit('Form.setCollectEmail');
    this.collectEmail = collect;
    if (collect && this.emailCollection === EmailCollectionType.DO_NOT_COLLECT) {
      this.emailCollection = EmailCollectionType.RESPONDER_INPUT;
    }
    return this;
  }
  collectsEmail(): boolean {
    this.rec.hit('Form.collectsEmail');
    return this.collectEmail;
  }
  getEmailCollectionType(): string {
    this.rec.hit('Form.getEmailCollectionType');
    return this.emailCollection;
  }
  setEmailCollectionType(type: string): this {
    this.rec.hit('Form.setEmailCollectionType');
    if (type === EmailCollectionType.VERIFIED && !this.app.verifiedAllowed) {
      throw new Error('Verified email collection is not available for this account.');
    }
    this.emailCollection = type;
    this.collectEmail = type !== EmailCollectionType.DO_NOT_COLLECT;
    return this;
  }
  setPublished(enabled: boolean): this {
    this.rec.hit('Form.setPublished');
    this.published = enabled;
    this.acceptingResponses = enabled;
    return this;
  }
  setAcceptingResponses(enabled: boolean): this {
    this.rec.hit('Form.setAcceptingResponses');
    // An unpublished form's acceptance is forced off (Forms API PublishState).
    this.acceptingResponses = enabled && this.published;
    return this;
  }
  isAcceptingResponses(): boolean {
    this.rec.hit('Form.isAcceptingResponses');
    return this.acceptingResponses;
  }
  isPublished(): boolean {
    this.rec.hit('Form.isPublished');
    return this.published;
  }
  /**
   * https://developers.google.com/apps-script/reference/forms/form#setdestinationtype,-id —
   * every call makes a new response tab in that spreadsheet ("Câu trả lời biểu mẫu N", first),
   * and from then on every submitted response is appended to it: a copy the form's owner
   * keeps, apart from anything the script writes.
   */
  setDestination(type: string, id: string): this {
    this.rec.hit('Form.setDestination');
    if (type !== DestinationType.SPREADSHEET) throw new Error('Invalid destination type');
    const spreadsheet = this.app.spreadsheetById(id);
    if (!spreadsheet)
      throw new Error(
        'No item with the given ID could be found, or you do not have permission to access it.',
      );
    this.destinationId = id;
    this.destinationsSet++;
    const header = [
      'Dấu thời gian',
      ...(this.collectEmail ? ['Địa chỉ email'] : []),
      ...this.items.map((i) => i.title),
    ];
    this.destinationSheet = spreadsheet.addFormResponseSheet(this.getEditUrlQuietly(), header);
    return this;
  }
  /**
   * https://developers.google.com/apps-script/reference/forms/form#removedestination — unlinks
   * the spreadsheet; the response tab and every row in it stay.
   */
  removeDestination(): this {
    this.rec.hit('Form.removeDestination');
    if (this.destinationSheet) this.destinationSheet.formUrl = null;
    this.destinationId = undefined;
    this.destinationSheet = undefined;
    return this;
  }
  /**
   * https://developers.google.com/apps-script/reference/forms/form#deleteresponseresponseid —
   * from the form's response store only: the copy in a destination spreadsheet stays. An id
   * the form does not hold throws (as getResponse does).
   */
  deleteResponse(responseId: string): this {
    this.rec.hit('Form.deleteResponse');
    const at = this.responses.findIndex((r) => r.id === responseId);
    if (at < 0) throw new Error('Invalid argument: responseId');
    this.responses.splice(at, 1);
    return this;
  }
  /**
   * https://developers.google.com/apps-script/reference/forms/form#deleteallresponses — every
   * response of the form's store; a destination spreadsheet keeps its copies.
   */
  deleteAllResponses(): this {
    this.rec.hit('Form.deleteAllResponses');
    this.responses.splice(0, this.responses.length);
    return this;
  }
  /** A response as Google appends it to the destination tab (no script call). */
  copyToDestination(response: FakeFormResponse): void {
    const sheet = this.destinationSheet;
    if (!sheet || sheet.formUrl === null) return;
    const byTitle = new Map(response.answers.map((a) => [a.item.title, a.value]));
    sheet.appendForForm([
      new Date(response.timestampMs),
      ...(this.collectEmail ? [response.email] : []),
      ...this.items.map((i) => {
        const value = byTitle.get(i.title);
        return Array.isArray(value) ? value.join(', ') : (value ?? '');
      }),
    ]);
  }
  private getEditUrlQuietly(): string {
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  getDestinationId(): string {
    this.rec.hit('Form.getDestinationId');
    if (this.destinationId === undefined) throw new Error('The form currently has no response destination.');
    return this.destinationId;
  }
  getPublishedUrl(): string {
    this.rec.hit('Form.getPublishedUrl');
    return `https://docs.google.com/forms/d/e/${this.id}/viewform`;
  }
  getEditUrl(): string {
    this.rec.hit('Form.getEditUrl');
    return `https://docs.google.com/forms/d/${this.id}/edit`;
  }
  /** All responses, or those submitted at or after `timestamp`. */
  getResponses(timestamp?: Date): FakeFormResponse[] {
    this.rec.hit('Form.getResponses');
    const from = timestamp?.getTime() ?? -Infinity;
    return this.responses.filter((r) => r.timestampMs >= from);
  }
  /**
   * One response by its id; an id the form does not hold throws, as Apps Script does
   * (https://developers.google.com/apps-script/reference/forms/form#getresponseresponseid).
   */
  getResponse(responseId: string): FakeFormResponse {
    this.rec.hit('Form.getResponse');
    const response = this.responses.find((r) => r.id === responseId);
    if (!response) throw new Error('Invalid argument: responseId');
    return response;
  }
  getItems(): FakeItem[] {
    this.rec.hit('Form.getItems');
    return [...this.items];
  }
  /** https://developers.google.com/apps-script/reference/forms/form#createresponse */
  createResponse(): FakeDraftResponse {
    this.rec.hit('Form.createResponse');
    return new FakeDraftResponse(this.rec, this);
  }
  deleteItem(item: FakeItem): void {
    this.rec.hit('Form.deleteItem');
    const at = this.items.indexOf(item);
    if (at >= 0) this.items.splice(at, 1);
  }
  private add(kind: ItemKind): FakeItem {
    this.rec.hit(`Form.add${kind}`);
    const item = new FakeItem(this.rec, this.nextItem++, kind);
    this.items.push(item);
    return item;
  }
  addTextItem(): FakeItem {
    return this.add('TEXT');
  }
  addParagraphTextItem(): FakeItem {
    return this.add('PARAGRAPH_TEXT');
  }
  addMultipleChoiceItem(): FakeItem {
    return this.add('MULTIPLE_CHOICE');
  }
  addCheckboxItem(): FakeItem {
    return this.add('CHECKBOX');
  }
  addListItem(): FakeItem {
    return this.add('LIST');
  }

  // —— test helpers ——

  /** The item with this title (test view, no call recorded). */
  item(title: string): FakeItem | undefined {
    return this.items.find((i) => i.title === title);
  }
}

/**
 * FormApp: forms made and opened by id. `verifiedAllowed: false` models an account where
 * verified email collection is not offered. `respond` makes a response (test helper); the
 * ScriptApp fake delivers it to the form's submit triggers.
 */
export class FakeFormApp {
  readonly ItemType = ItemType;
  readonly EmailCollectionType = EmailCollectionType;
  readonly DestinationType = DestinationType;
  readonly forms: FakeForm[] = [];
  verifiedAllowed = true;
  private nextForm = 1;
  private nextResponse = 1;

  constructor(
    private readonly rec: Recorder,
    private readonly clock: FakeClock,
    /** The spreadsheets a destination may be (the bound one). */
    readonly spreadsheetById: (id: string) => FakeSpreadsheet | undefined = () => undefined,
  ) {}

  create(title: string): FakeForm {
    this.rec.hit('FormApp.create');
    const form = new FakeForm(this.rec, this, `form-${this.nextForm++}`, title);
    this.forms.push(form);
    return form;
  }

  openById(id: string): FakeForm {
    this.rec.hit('FormApp.openById');
    const form = this.forms.find((f) => f.id === id);
    if (!form)
      throw new Error(
        `No item with the given ID could be found, or you do not have permission to access it.`,
      );
    return form;
  }

  createTextValidation() {
    this.rec.hit('FormApp.createTextValidation');
    const rules: string[] = [];
    const builder = {
      requireTextIsEmail: () => {
        rules.push('email');
        return builder;
      },
      build: () => ({ rules: [...rules] }),
    };
    return builder;
  }

  /** Deletes a form as a principal would in Drive (test helper). */
  trash(id: string): void {
    const at = this.forms.findIndex((f) => f.id === id);
    if (at >= 0) this.forms.splice(at, 1);
  }

  /**
   * A response to a published form that accepts responses, answers by question title (test
   * helper). Throws otherwise: Google Forms shows such a form closed and takes no answer.
   */
  respond(
    form: FakeForm,
    email: string,
    answers: Readonly<Record<string, string | string[]>>,
  ): FakeFormResponse {
    if (!form.published) throw new Error('This form is not published and accepts no responses.');
    if (!form.acceptingResponses) throw new Error('This form is no longer accepting responses.');
    const list: FakeAnswer[] = Object.entries(answers).map(([title, value]) => {
      const item = form.item(title);
      if (!item) throw new Error(`no question "${title}" in form ${form.title}`);
      return { item, value };
    });
    const response = new FakeFormResponse(
      this.rec,
      `resp-${this.nextResponse++}`,
      this.clock.nowMs,
      email,
      list,
    );
    form.responses.push(response);
    form.copyToDestination(response);
    return response;
  }
}
