import type { Faked } from './faked';
import type { Recorder } from './recorder';

import Real = GoogleAppsScript.Spreadsheet;

/** A built data-validation rule: a list of allowed values. */
export class FakeDataValidation implements Faked<
  Real.DataValidation,
  'getCriteriaValues' | 'getAllowInvalid',
  []
> {
  constructor(
    readonly values: readonly string[],
    readonly showDropdown: boolean,
    readonly allowInvalid: boolean,
  ) {}

  getCriteriaValues(): unknown[] {
    return [[...this.values], this.showDropdown];
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
}

export class FakeDataValidationBuilder implements Faked<
  Real.DataValidationBuilder,
  'setAllowInvalid' | 'build',
  [Real.DataValidationBuilder, FakeDataValidationBuilder, Real.DataValidation, FakeDataValidation]
> {
  private values: string[] | undefined;
  private dropdown = true;
  private allowInvalid = true;

  constructor(private readonly rec: Recorder) {}

  requireValueInList(values: string[], showDropdown?: boolean): FakeDataValidationBuilder {
    this.rec.hit('DataValidationBuilder.requireValueInList');
    this.values = [...values];
    this.dropdown = showDropdown ?? true;
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.rec.hit('DataValidationBuilder.setAllowInvalid');
    this.allowInvalid = allowInvalidData;
    return this;
  }

  build(): FakeDataValidation {
    this.rec.hit('DataValidationBuilder.build');
    if (!this.values) throw new Error('You must specify a validation criterion.');
    return new FakeDataValidation(this.values, this.dropdown, this.allowInvalid);
  }
}
