/**
 * Other engines' Intl for the bundle's vm (loadBundle's `realm.prelude`). Node carries full ICU;
 * Google does not say what Apps Script's V8 carries, so the bundle is also run on engines that
 * have less, each built over the vm's own Intl.
 */

/**
 * An engine without the ES2021 `timeZoneName` values ('longOffset', 'shortOffset', …): asking
 * for one throws a RangeError with V8's own wording, everything else works as in Node.
 */
export const INTL_WITHOUT_OFFSET_NAMES = `(function () {
  var Real = Intl.DateTimeFormat;
  var missing = ['longOffset', 'shortOffset', 'longGeneric', 'shortGeneric'];
  function DateTimeFormat(locales, options) {
    if (options && missing.indexOf(options.timeZoneName) >= 0) {
      throw new RangeError('Value ' + options.timeZoneName +
        ' out of range for Intl.DateTimeFormat options property timeZoneName');
    }
    return new Real(locales, options);
  }
  DateTimeFormat.prototype = Real.prototype;
  DateTimeFormat.supportedLocalesOf = Real.supportedLocalesOf;
  var intl = Object.create(Intl);
  Object.defineProperty(intl, 'DateTimeFormat', { value: DateTimeFormat });
  globalThis.Intl = intl;
})();`;

/** A broken engine: formatToParts answers parts that are not numbers. */
export const INTL_WITH_GARBAGE_PARTS = `(function () {
  var Real = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) {
    var real = new Real(locales, options);
    // Own properties: the prototype's format is a getter that would refuse this object.
    var fake = Object.create(real, {
      format: { value: real.format },
      resolvedOptions: { value: function () { return real.resolvedOptions(); } },
      formatToParts: {
        value: function (date) {
          return real.formatToParts(date).map(function (part) {
            return part.type === 'literal' ? part : { type: part.type, value: '?' };
          });
        },
      },
    });
    return fake;
  }
  DateTimeFormat.prototype = Real.prototype;
  DateTimeFormat.supportedLocalesOf = Real.supportedLocalesOf;
  var intl = Object.create(Intl);
  Object.defineProperty(intl, 'DateTimeFormat', { value: DateTimeFormat });
  globalThis.Intl = intl;
})();`;

/** An engine without time-zone data that quietly reads every zone as UTC. */
export const INTL_UTC_ONLY = `(function () {
  var Real = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) {
    var copy = {};
    for (var key in options || {}) copy[key] = options[key];
    copy.timeZone = 'UTC';
    return new Real(locales, copy);
  }
  DateTimeFormat.prototype = Real.prototype;
  DateTimeFormat.supportedLocalesOf = Real.supportedLocalesOf;
  var intl = Object.create(Intl);
  Object.defineProperty(intl, 'DateTimeFormat', { value: DateTimeFormat });
  globalThis.Intl = intl;
})();`;
