import type { FormSpec, Question } from '../core/forms/types';
import { catalogue, type Catalogue } from '../core/i18n/catalogue';
import { foldHeader } from '../core/text';
import type { FormHandle, FormsPort } from '../ports';

type Form = GoogleAppsScript.Forms.Form;
type Item = GoogleAppsScript.Forms.Item;
type ChoiceItem =
  | GoogleAppsScript.Forms.MultipleChoiceItem
  | GoogleAppsScript.Forms.CheckboxItem
  | GoogleAppsScript.Forms.ListItem;

export interface GasFormsOptions {
  log?: (message: string) => void;
}

/**
 * FormsPort over FormApp. A form is created once and afterwards updated in place (same id, so
 * its responses and links stay): questions are found by title, their help text, required flag
 * and choices refreshed; missing ones are added; questions the principal added are left alone.
 * Every run ensures the form is published and accepting responses: forms made by a script
 * start unpublished, and a published form can still be closed to responses (the Forms editor's
 * "Đang nhận câu trả lời" switch), which takes no answers either.
 */
type GasTexts = Catalogue['forms']['gas'];

export class GasForms implements FormsPort {
  constructor(private readonly options: GasFormsOptions = {}) {}

  upsert(spec: FormSpec, knownId: string | undefined): FormHandle & { created: boolean } {
    const texts = catalogue(spec.language).forms.gas;
    const existing = knownId ? this.open(knownId, texts) : undefined;
    const form = existing ?? FormApp.create(spec.title);
    const created = existing === undefined;
    form.setTitle(spec.title).setDescription(spec.description).setConfirmationMessage(spec.confirmation);
    if (spec.collectsEmail) this.collectEmails(form, texts);
    syncItems(form, spec);
    // No response destination: Form.setDestination would copy every answer — the families'
    // too — into a tab of its own that the purge does not rewrite. Our tabs get every response
    // through the submit trigger and the daily sweep; they are the record.
    if (!form.isPublished()) form.setPublished(true);
    if (!form.isAcceptingResponses()) form.setAcceptingResponses(true);
    return {
      id: form.getId(),
      publishedUrl: form.getPublishedUrl(),
      editUrl: form.getEditUrl(),
      created,
      ...(spec.prefill ? { prefilled: prefilledLinks(form, spec, spec.prefill) } : {}),
    };
  }

  /** A form the principal deleted (or we may no longer open) is made again. */
  private open(id: string, texts: GasTexts): Form | undefined {
    try {
      return FormApp.openById(id);
    } catch (error) {
      this.options.log?.(texts.openFailed(id, describe(error)));
      return undefined;
    }
  }

  /**
   * Verified addresses (the respondent's Google account) where the account allows it; otherwise
   * the respondent types the address (README explains the difference).
   */
  private collectEmails(form: Form, texts: GasTexts): void {
    try {
      if (form.getEmailCollectionType() !== FormApp.EmailCollectionType.VERIFIED) {
        form.setEmailCollectionType(FormApp.EmailCollectionType.VERIFIED);
      }
    } catch (error) {
      this.options.log?.(texts.verifiedFailed(form.getTitle(), describe(error)));
      form.setCollectEmail(true);
    }
  }
}

/**
 * One link per value that opens the form with it chosen: a draft response answering that one
 * question, turned into its prefilled URL (FormResponse.toPrefilledUrl; the draft is never
 * submitted). Three calls a value; a value the item does not offer gets no link.
 */
function prefilledLinks(
  form: Form,
  spec: FormSpec,
  prefill: NonNullable<FormSpec['prefill']>,
): Record<string, string> {
  const question = spec.questions.find((q) => q.key === prefill.questionKey);
  if (!question || question.type !== 'list') return {};
  const item = form
    .getItems()
    .find(
      (i) => i.getType() === FormApp.ItemType.LIST && foldHeader(i.getTitle()) === foldHeader(question.title),
    );
  if (!item) return {};
  const list = item.asListItem();
  const out: Record<string, string> = {};
  for (const value of prefill.values) {
    out[value] = form.createResponse().withItemResponse(list.createResponse(value)).toPrefilledUrl();
  }
  return out;
}

/** The questions a form shows: the email question is left out when the form collects addresses. */
export function renderedQuestions(spec: FormSpec): Question[] {
  return spec.questions.filter((q) => !(spec.collectsEmail && q.type === 'email'));
}

function syncItems(form: Form, spec: FormSpec): void {
  const items = form.getItems();
  const used = new Set<Item>();
  for (const question of renderedQuestions(spec)) {
    const found = items.find(
      (item) =>
        !used.has(item) &&
        foldHeader(item.getTitle()) === foldHeader(question.title) &&
        item.getType() === itemType(question),
    );
    if (found) used.add(found);
    configure(found ?? add(form, question), question);
  }
}

function itemType(question: Question): GoogleAppsScript.Forms.ItemType {
  switch (question.type) {
    case 'text':
    case 'email':
      return FormApp.ItemType.TEXT;
    case 'paragraph':
      return FormApp.ItemType.PARAGRAPH_TEXT;
    case 'multipleChoice':
      return FormApp.ItemType.MULTIPLE_CHOICE;
    case 'checkbox':
      return FormApp.ItemType.CHECKBOX;
    case 'list':
      return FormApp.ItemType.LIST;
  }
}

function add(form: Form, question: Question): Item {
  switch (question.type) {
    case 'text':
    case 'email':
      return form.addTextItem().setTitle(question.title) as unknown as Item;
    case 'paragraph':
      return form.addParagraphTextItem().setTitle(question.title) as unknown as Item;
    case 'multipleChoice':
      return form.addMultipleChoiceItem().setTitle(question.title) as unknown as Item;
    case 'checkbox':
      return form.addCheckboxItem().setTitle(question.title) as unknown as Item;
    case 'list':
      return form.addListItem().setTitle(question.title) as unknown as Item;
  }
}

/** Help text, required flag and choices from the spec; the item's id (and its answers) stay. */
function configure(item: Item, question: Question): void {
  const help = question.help ?? '';
  switch (question.type) {
    case 'text':
    case 'email': {
      const text = item.asTextItem().setHelpText(help).setRequired(question.required);
      if (question.type === 'email')
        text.setValidation(FormApp.createTextValidation().requireTextIsEmail().build());
      return;
    }
    case 'paragraph':
      item.asParagraphTextItem().setHelpText(help).setRequired(question.required);
      return;
    case 'multipleChoice':
      setChoices(item.asMultipleChoiceItem(), question).showOtherOption(question.otherOption === true);
      return;
    case 'checkbox':
      setChoices(item.asCheckboxItem(), question).showOtherOption(question.otherOption === true);
      return;
    case 'list':
      setChoices(item.asListItem(), question);
      return;
  }
}

function setChoices<T extends ChoiceItem>(item: T, question: Question): T {
  item.setHelpText(question.help ?? '').setRequired(question.required);
  // A choice question needs at least one choice: with none (no session planned yet) the old
  // ones stay until the plan has some.
  if (question.choices && question.choices.length > 0) item.setChoiceValues([...question.choices]);
  return item;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
