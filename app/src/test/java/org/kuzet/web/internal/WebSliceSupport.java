package org.kuzet.web.internal;

import org.kuzet.web.AgencyZones;
import org.kuzet.web.Countries;
import org.kuzet.web.FieldLabels;
import org.kuzet.web.Flash;
import org.kuzet.web.Formats;
import org.kuzet.web.Texts;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs of the web module beyond what the slice picks up itself
 * (controllers, advice, filters, configurers): the error answers' wording, the formats the
 * templates use ({@code #when}, in the reader's agency's zone), the field labels and country picker
 * the fragments call, the flash messages and the navigation the layout reads.
 */
@TestConfiguration
@Import({
  ErrorReplies.class,
  Texts.class,
  AgencyZones.class,
  Formats.class,
  FieldLabels.class,
  Countries.class,
  Flash.class,
  CoreNavigation.class
})
public class WebSliceSupport {}
