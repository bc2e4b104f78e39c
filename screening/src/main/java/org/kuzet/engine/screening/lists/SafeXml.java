package org.kuzet.engine.screening.lists;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * The hardened StAX set-up every XML list reader uses: no DTD, no external entities, no access to
 * external DTDs or schemas. A reader must still refuse the DTD and ENTITY_REFERENCE events it meets
 * (a DOCTYPE in a list file is refused, not ignored).
 */
final class SafeXml {

  private SafeXml() {}

  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (IllegalArgumentException e) {
      // property unknown to this StAX implementation; DTDs are off anyway
    }
    return factory;
  }

  /** "line L, column C" of the reader's position. */
  static String where(XMLStreamReader xml) {
    return "line "
        + xml.getLocation().getLineNumber()
        + ", column "
        + xml.getLocation().getColumnNumber();
  }

  /** "line L, column C" of a parse error, or empty. */
  static String where(XMLStreamException e) {
    return e.getLocation() == null
        ? ""
        : "line "
            + e.getLocation().getLineNumber()
            + ", column "
            + e.getLocation().getColumnNumber();
  }

  /** The useful line of a StAX error message (the JDK puts the location on the first). */
  static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(nl + 1);
    return line.strip().isEmpty() ? s.strip() : line.strip();
  }

  static void close(@Nullable XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // nothing more to release
      }
    }
  }
}
