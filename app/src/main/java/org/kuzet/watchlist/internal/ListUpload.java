package org.kuzet.watchlist.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A new version of a list as uploaded: the list's name, its format and its files by part.
 *
 * @param listName the list the version belongs to (created on the first upload)
 * @param format the files' format; must be the list's format when the list exists
 * @param files part name (see {@link ListFormat#parts()}) to file
 */
public record ListUpload(String listName, ListFormat format, Map<String, SourceFile> files) {

  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  /** One uploaded file. */
  public record SourceFile(String fileName, byte[] content) {
    public SourceFile {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(content, "content");
    }
  }

  public ListUpload {
    if (listName == null || !NAME.matcher(listName).matches()) {
      throw new IllegalArgumentException(
          "list name must be 1-40 letters, digits, '-' or '_', starting with a letter or digit");
    }
    Objects.requireNonNull(format, "format");
    files = new LinkedHashMap<>(files);
    for (String part : files.keySet()) {
      if (!format.parts().contains(part)) {
        throw new IllegalArgumentException("a " + format + " list has no file part '" + part + "'");
      }
    }
    if (!files.containsKey(format.mainPart())) {
      throw new IllegalArgumentException("the " + format.mainPart() + " file is missing");
    }
    files = Map.copyOf(files);
  }

  /** The format's main file, which the constructor requires. */
  SourceFile main() {
    return Objects.requireNonNull(
        files.get(format.mainPart()), "the main file is checked on creation");
  }

  /** The total size of the files, in bytes. */
  long size() {
    return files.values().stream().mapToLong(f -> f.content().length).sum();
  }

  /** The file names, joined, for display and the audit log. */
  String sourceName() {
    StringBuilder out = new StringBuilder();
    for (String part : format.parts()) {
      SourceFile f = files.get(part);
      if (f != null) {
        out.append(out.length() == 0 ? "" : ", ").append(f.fileName());
      }
    }
    return out.length() > 300 ? out.substring(0, 300) : out.toString();
  }
}
