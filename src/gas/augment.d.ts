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
      /**
       * How the form collects respondents' addresses. VERIFIED needs respondents signed in to a
       * Google account; accounts where it is not allowed throw, and we fall back to
       * setCollectEmail(true) (the respondent types the address).
       * https://developers.google.com/apps-script/reference/forms/form#setemailcollectiontypetype
       */
      setEmailCollectionType(type: EmailCollectionType): Form;
      /** https://developers.google.com/apps-script/reference/forms/form#getemailcollectiontype */
      getEmailCollectionType(): EmailCollectionType;
    }
    /** https://developers.google.com/apps-script/reference/forms/email-collection-type */
    enum EmailCollectionType {
      DO_NOT_COLLECT,
      VERIFIED,
      RESPONDER_INPUT,
    }
    interface FormApp {
      /** https://developers.google.com/apps-script/reference/forms/form-app#properties */
      EmailCollectionType: typeof EmailCollectionType;
    }
  }
}
