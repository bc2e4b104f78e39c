package org.kuzet.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The language a browser test's Chromium runs in ("ru", "kk"; English without it), so that the
 * pages it tests in that language show date inputs as an officer's browser would. A test that
 * switches language calls {@link BrowserSupport#useBrowserLanguage(String)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface BrowserLanguage {
  String value();
}
