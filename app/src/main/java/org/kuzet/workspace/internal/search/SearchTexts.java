package org.kuzet.workspace.internal.search;

import java.util.List;
import java.util.Locale;
import org.kuzet.identity.Agencies;
import org.kuzet.identity.AgencyCode;
import org.kuzet.web.Countries.Country;
import org.kuzet.web.Formats;
import org.springframework.stereotype.Component;

/**
 * Words the detail line of a search hit or a person's record in the reader's language: agencies and
 * countries by name, dates in the reader's pattern, statuses through their message keys, counts
 * with the language's plural forms (see {@link Formats#message}).
 */
@Component
class SearchTexts {

  private final Formats formats;
  private final Agencies agencies;

  SearchTexts(Formats formats, Agencies agencies) {
    this.formats = formats;
    this.agencies = agencies;
  }

  String detail(String key, List<Object> args, Locale locale) {
    Object[] worded =
        args.stream()
            .map(
                a ->
                    a instanceof AgencyCode code
                        ? agencies.name(code, locale)
                        : a instanceof Country country ? country.name(locale) : a)
            .toArray();
    return formats.message(key, locale, worded);
  }
}
