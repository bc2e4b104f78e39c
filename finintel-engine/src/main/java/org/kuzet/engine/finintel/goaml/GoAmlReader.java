package org.kuzet.engine.finintel.goaml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.io.InputRejectedException;

/**
 * Reads a goAML report with StAX. Hostile input gets nothing: a DOCTYPE is refused outright (so no
 * external or expanding entity is ever resolved), the input is cut at a byte limit, element depth
 * and text length are bounded. A broken report is refused as a whole, with the element path, the
 * line and the reason: a report is one legal document, not a batch of rows.
 */
public final class GoAmlReader {
  /** Default upper bound of a report file. */
  public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

  private static final int MAX_DEPTH = 32;
  private static final int MAX_TEXT = 64 * 1024;

  private final long maxBytes;

  public GoAmlReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public GoAmlReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Reads the whole report; throws {@link InputRejectedException} naming what is wrong. */
  public GoAmlReport read(InputStream in) throws IOException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(new Bounded(in, maxBytes));
      Node root = parse(r);
      if (!root.name.equals("report")) {
        throw new InputRejectedException(
            "GOAML_ROOT",
            List.of(root.name, Integer.toString(root.line)),
            "goAML: root element is <"
                + root.name
                + ">, expected <report> (line "
                + root.line
                + ")");
      }
      return toReport(root);
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof InputRejectedException ire) {
        throw ire;
      }
      throw XmlFailures.refusal(e);
    } catch (IllegalStateException e) {
      if (e.getCause() instanceof InputRejectedException ire) {
        throw ire;
      }
      throw e;
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException ignored) {
          // closing a failed parser has nothing more to report
        }
      }
    }
  }

  /** A small element tree: reports are bounded by the byte limit, so it fits in memory. */
  static final class Node {
    final String name;
    final String path;
    final int line;
    final List<Node> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    Node(String name, String path, int line) {
      this.name = name;
      this.path = path;
      this.line = line;
    }

    @Nullable Node child(String n) {
      for (Node c : children) {
        if (c.name.equals(n)) {
          return c;
        }
      }
      return null;
    }

    List<Node> all(String n) {
      List<Node> out = new ArrayList<>();
      for (Node c : children) {
        if (c.name.equals(n)) {
          out.add(c);
        }
      }
      return out;
    }

    Node req(String n) {
      Node c = child(n);
      if (c == null) {
        throw refused(this, "GOAML_MISSING", "required element <" + n + "> is missing", n);
      }
      return c;
    }

    String reqText(String n) {
      String t = req(n).text();
      if (t.isEmpty()) {
        throw refused(child(n), "GOAML_EMPTY", "is empty");
      }
      return t;
    }

    @Nullable String optText(String n) {
      Node c = child(n);
      if (c == null || c.text().isEmpty()) {
        return null;
      }
      return c.text();
    }

    String text() {
      return text.toString().trim();
    }
  }

  /**
   * A refusal naming the element: its code's values are the element's path, its line, then {@code
   * values}.
   */
  private static InputRejectedException refused(
      @Nullable Node n, String code, String reason, String... values) {
    if (n == null) {
      return new InputRejectedException("goAML: " + reason);
    }
    List<String> args = new ArrayList<>(List.of(n.path, Integer.toString(n.line)));
    args.addAll(List.of(values));
    return new InputRejectedException(
        code, args, "goAML: element " + n.path + " (line " + n.line + ") " + reason);
  }

  private static Node parse(XMLStreamReader r) throws XMLStreamException {
    List<Node> stack = new ArrayList<>();
    Node root = null;
    while (r.hasNext()) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.DTD ->
            throw new InputRejectedException(
                "GOAML_DOCTYPE",
                List.of(Integer.toString(r.getLocation().getLineNumber())),
                "goAML: DOCTYPE declarations are not allowed (line "
                    + r.getLocation().getLineNumber()
                    + ")");
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new InputRejectedException(
                "GOAML_ENTITY",
                List.of(r.getLocalName(), Integer.toString(r.getLocation().getLineNumber())),
                "goAML: entity reference &"
                    + r.getLocalName()
                    + "; is not allowed (line "
                    + r.getLocation().getLineNumber()
                    + ")");
        case XMLStreamConstants.START_ELEMENT -> {
          String name = r.getLocalName();
          Node parent = stack.isEmpty() ? null : stack.get(stack.size() - 1);
          if (stack.size() >= MAX_DEPTH) {
            throw new InputRejectedException(
                "GOAML_TOO_DEEP",
                List.of(Integer.toString(MAX_DEPTH)),
                "goAML: elements nested deeper than " + MAX_DEPTH);
          }
          Node n =
              new Node(
                  name,
                  parent == null ? "/" + name : parent.path + "/" + name,
                  r.getLocation().getLineNumber());
          if (parent == null) {
            root = n;
          } else {
            parent.children.add(n);
          }
          stack.add(n);
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          if (!stack.isEmpty()) {
            Node n = stack.get(stack.size() - 1);
            if (n.text.length() + r.getTextLength() > MAX_TEXT) {
              throw refused(
                  n,
                  "GOAML_TEXT_TOO_LONG",
                  "has text longer than " + MAX_TEXT + " characters",
                  Integer.toString(MAX_TEXT));
            }
            n.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
        default -> {
          // comments, processing instructions and whitespace carry nothing
        }
      }
    }
    if (root == null) {
      throw new InputRejectedException(
          "GOAML_NO_ROOT", List.of(), "goAML: the document has no root element");
    }
    return root;
  }

  private static GoAmlReport toReport(Node n) {
    List<GoAmlTransaction> txs = new ArrayList<>();
    for (Node t : n.all("transaction")) {
      txs.add(toTransaction(t));
    }
    List<String> indicators = new ArrayList<>();
    Node ind = n.child("report_indicators");
    if (ind != null) {
      for (Node i : ind.all("indicator")) {
        indicators.add(i.text());
      }
    }
    Node rp = n.child("reporting_person");
    Node loc = n.child("location");
    return build(
        n,
        () ->
            new GoAmlReport(
                n.reqText("rentity_id"),
                n.optText("rentity_branch"),
                n.reqText("submission_code"),
                n.reqText("report_code"),
                n.optText("entity_reference"),
                dateTime(n.req("submission_date")),
                n.reqText("currency_code_local"),
                rp == null ? null : toPerson(rp),
                loc == null ? null : toAddress(loc),
                n.optText("reason"),
                n.optText("action"),
                txs,
                indicators));
  }

  private static GoAmlTransaction toTransaction(Node t) {
    Node from = t.child("t_from_my_client");
    boolean fromMine = from != null;
    if (from == null) {
      from = t.child("t_from");
    }
    Node to = t.child("t_to_my_client");
    boolean toMine = to != null;
    if (to == null) {
      to = t.child("t_to");
    }
    if (from == null) {
      throw refused(t, "GOAML_NO_FROM", "has neither <t_from> nor <t_from_my_client>");
    }
    if (to == null) {
      throw refused(t, "GOAML_NO_TO", "has neither <t_to> nor <t_to_my_client>");
    }
    GoAmlParty fromParty = toParty(from, "from", fromMine);
    GoAmlParty toParty = toParty(to, "to", toMine);
    return build(
        t,
        () ->
            new GoAmlTransaction(
                t.reqText("transactionnumber"),
                t.optText("transaction_description"),
                dateTime(t.req("date_transaction")),
                t.reqText("transmode_code"),
                decimal(t.req("amount_local")),
                fromParty,
                toParty));
  }

  private static GoAmlParty toParty(Node p, String side, boolean mine) {
    Node fc = p.child(side + "_foreign_currency");
    String fcCode = fc == null ? null : fc.reqText("foreign_currency_code");
    BigDecimal fcAmount = fc == null ? null : decimal(fc.req("foreign_amount"));
    Node acc = p.child(side + "_account");
    Node person = p.child(side + "_person");
    Node entity = p.child(side + "_entity");
    return build(
        p,
        () ->
            new GoAmlParty(
                mine,
                p.reqText(side + "_funds_code"),
                acc == null ? null : toAccount(acc),
                person == null ? null : toPerson(person),
                entity == null ? null : toEntity(entity),
                fcCode,
                fcAmount,
                p.reqText(side + "_country")));
  }

  private static GoAmlAccount toAccount(Node a) {
    Node ent = a.child("t_entity");
    List<GoAmlPerson> signatories = new ArrayList<>();
    for (Node s : a.all("signatory")) {
      signatories.add(toPerson(s.req("t_person")));
    }
    String code = a.optText("institution_code");
    if (code == null) {
      code = a.optText("swift");
    }
    String institutionCode = code;
    return build(
        a,
        () ->
            new GoAmlAccount(
                a.reqText("institution_name"),
                institutionCode == null ? "" : institutionCode,
                a.reqText("account"),
                a.optText("currency_code"),
                a.optText("account_name"),
                ent == null ? null : toEntity(ent),
                signatories));
  }

  private static GoAmlPerson toPerson(Node p) {
    Node bd = p.child("birthdate");
    return build(
        p,
        () ->
            new GoAmlPerson(
                p.optText("gender"),
                p.reqText("first_name"),
                p.reqText("last_name"),
                bd == null ? null : date(bd),
                p.optText("ssn"),
                p.optText("nationality1")));
  }

  private static GoAmlAddress toAddress(Node a) {
    return build(
        a,
        () ->
            new GoAmlAddress(
                a.reqText("address_type"),
                a.reqText("address"),
                a.reqText("city"),
                a.reqText("country_code")));
  }

  private static GoAmlEntity toEntity(Node e) {
    return build(
        e,
        () ->
            new GoAmlEntity(
                e.reqText("name"),
                e.optText("incorporation_number"),
                e.optText("incorporation_country_code")));
  }

  private interface Builder<T> {
    T build();
  }

  /** Turns a record's validation message into a refusal naming the element. */
  private static <T> T build(Node n, Builder<T> b) {
    try {
      return b.build();
    } catch (InputRejectedException e) {
      throw e;
    } catch (IllegalArgumentException | NullPointerException e) {
      String reason = Objects.requireNonNullElse(e.getMessage(), e.toString());
      if (e instanceof MissingElementException m) {
        throw refused(n, "GOAML_MISSING", reason, m.element());
      }
      throw refused(n, "GOAML_VALUE", reason, reason);
    }
  }

  private static BigDecimal decimal(Node n) {
    try {
      return new BigDecimal(n.text());
    } catch (NumberFormatException e) {
      throw refused(n, "GOAML_NUMBER", "is not a number: '" + n.text() + "'", n.text());
    }
  }

  private static LocalDateTime dateTime(Node n) {
    try {
      return LocalDateTime.parse(n.text());
    } catch (DateTimeParseException e) {
      throw refused(
          n,
          "GOAML_DATE_TIME",
          "is not a date-time like 2024-01-31T13:45:00: '" + n.text() + "'",
          n.text());
    }
  }

  private static LocalDate date(Node n) {
    String t = n.text();
    try {
      return t.length() > 10 ? LocalDateTime.parse(t).toLocalDate() : LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw refused(n, "GOAML_DATE", "is not a date: '" + t + "'", t);
    }
  }

  /** Stops reading past the byte limit, so an oversize upload costs at most that much. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private long count;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) {
      count += n;
      if (count > max) {
        throw new InputRejectedException(
            "GOAML_TOO_LARGE",
            List.of(Long.toString(max)),
            "goAML: the report exceeds the size limit of " + max + " bytes");
      }
    }
  }
}
