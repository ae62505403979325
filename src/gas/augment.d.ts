// What @types/google-apps-script 2.0.13 lacks and this project uses. One place, so the adapter,
// the fakes and the types agree. Keep each member cited to the Apps Script reference.
declare namespace GoogleAppsScript {
  namespace Forms {
    interface Form {
      /**
       * Publishes or unpublishes the form. Forms created by a script after 30 June 2026 start
       * unpublished and accept no responses until published.
       * https://developers.google.com/apps-script/reference/forms/form#setpublishedenabled
       */
      setPublished(enabled: boolean): Form;
      /**
       * Whether the form is published (accepting responses is a separate setting).
       * https://developers.google.com/apps-script/reference/forms/form#ispublished
       */
      isPublished(): boolean;
    }
  }
}
