package org.kuzet.interdiction.internal.post;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of file a seizure may carry, recognised by their first bytes (the declared type of an
 * upload is not trusted), and file names made safe to store and to send back.
 */
public final class FileTypes {

  private FileTypes() {}

  public static @Nullable String detect(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return "image/jpeg";
    }
    if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
      return "application/pdf";
    }
    return null;
  }

  /** Keeps letters (any script), digits, dot, dash and underscore; nothing that walks paths. */
  public static String safeName(@Nullable String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    String clean = base.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^\\.+", "");
    if (clean.isEmpty()) {
      clean = "file";
    }
    return clean.length() <= 200 ? clean : clean.substring(clean.length() - 200);
  }
}
