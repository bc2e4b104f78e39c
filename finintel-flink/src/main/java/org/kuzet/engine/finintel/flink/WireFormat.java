package org.kuzet.engine.finintel.flink;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Alert;
import org.kuzet.engine.finintel.AlertFacts;
import org.kuzet.engine.finintel.PaymentType;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.Typology;
import org.kuzet.engine.finintel.detect.AccountEvent;
import org.kuzet.engine.finintel.detect.Trail;

/**
 * The binary form of the engine's types between operators and in state: field by field, with
 * amounts as an unscaled long and a scale when they fit (they nearly always do), so that a
 * transaction costs a few dozen bytes and no reflection. Every type the job sends or keeps has a
 * serializer built on these methods ({@link FinintelTypes}); the job runs with Kryo disabled.
 */
final class WireFormat {
  private WireFormat() {}

  /**
   * UTF-8 bytes behind a variable-length size: the JDK encodes and decodes the ASCII of ids, banks,
   * accounts and currencies in bulk, where Flink's own string format goes character by character
   * (it was a third of the cost of RocksDB state access). ASCII, nearly every string here, is
   * copied through a per-thread buffer: no temporary array per string (writing and reading strings
   * was a third of what the job allocated).
   */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for ASCII
  static void writeString(String s, DataOutputView out) throws IOException {
    int n = s.length();
    if (n <= 1024 && ascii(s)) {
      byte[] b = scratch(n);
      s.getBytes(0, n, b, 0);
      writeSize(n, out);
      out.write(b, 0, n);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    writeSize(b.length, out);
    out.write(b);
  }

  private static boolean ascii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static String readString(DataInputView in) throws IOException {
    int n = readSize(in);
    byte[] b = scratch(n);
    in.readFully(b, 0, n);
    return new String(b, 0, n, StandardCharsets.UTF_8);
  }

  private static final ThreadLocal<byte[][]> SCRATCH =
      ThreadLocal.withInitial(() -> new byte[][] {new byte[256]});

  /** This thread's buffer, at least {@code n} bytes; growing it keeps what it held. */
  private static byte[] scratch(int n) {
    byte[][] holder = SCRATCH.get();
    if (holder[0].length < n) {
      holder[0] = Arrays.copyOf(holder[0], Math.max(n, 2 * holder[0].length));
    }
    return holder[0];
  }

  /**
   * Recently read accounts, one per slot, shared by the JVM's threads: the same account arrives
   * again and again (every payment, both sides, every stage), and handing out the instance read
   * before saves its strings and lets state lookups find the key by identity with its hash already
   * computed. Entries are immutable, so a slot read while another thread replaces it gives one
   * entry or the other, both valid.
   */
  private static final int ACCOUNT_SLOTS = 1 << 16;

  private static final CachedAccount[] ACCOUNTS = new CachedAccount[ACCOUNT_SLOTS];

  private record CachedAccount(byte[] bytes, int bankLength, AccountRef account) {}

  /** Short codes (currencies, countries) read before, as for accounts. */
  private static final int CODE_SLOTS = 1 << 10;

  private static final CachedCode[] CODES = new CachedCode[CODE_SLOTS];

  private record CachedCode(byte[] bytes, String code) {}

  private static int hash(byte[] b, int n, int seed) {
    int h = seed;
    for (int i = 0; i < n; i++) {
      h = 31 * h + b[i];
    }
    return h ^ (h >>> 16);
  }

  /** A currency or country code: a short string, nearly always one read before. */
  static String readCode(DataInputView in) throws IOException {
    int n = readSize(in);
    byte[] b = scratch(n);
    in.readFully(b, 0, n);
    if (n > 8) {
      return new String(b, 0, n, StandardCharsets.UTF_8);
    }
    int slot = hash(b, n, n) & (CODE_SLOTS - 1);
    CachedCode c = CODES[slot];
    if (c != null && Arrays.equals(c.bytes, 0, c.bytes.length, b, 0, n)) {
      return c.code;
    }
    String code = new String(b, 0, n, StandardCharsets.UTF_8);
    CODES[slot] = new CachedCode(Arrays.copyOf(b, n), code);
    return code;
  }

  static @Nullable String readNullableCode(DataInputView in) throws IOException {
    return in.readBoolean() ? readCode(in) : null;
  }

  private static void writeSize(int n, DataOutputView out) throws IOException {
    while (n >= 0x80) {
      out.writeByte(n & 0x7F | 0x80);
      n >>>= 7;
    }
    out.writeByte(n);
  }

  private static int readSize(DataInputView in) throws IOException {
    int n = 0;
    for (int shift = 0; ; shift += 7) {
      int b = in.readUnsignedByte();
      n |= (b & 0x7F) << shift;
      if (b < 0x80) {
        return n;
      }
    }
  }

  static void writeNullableString(@Nullable String s, DataOutputView out) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      writeString(s, out);
    }
  }

  static @Nullable String readNullableString(DataInputView in) throws IOException {
    return in.readBoolean() ? readString(in) : null;
  }

  static void writeAccount(AccountRef a, DataOutputView out) throws IOException {
    writeString(a.bank(), out);
    writeString(a.account(), out);
  }

  static AccountRef readAccount(DataInputView in) throws IOException {
    int nb = readSize(in);
    byte[] b = scratch(nb);
    in.readFully(b, 0, nb);
    int na = readSize(in);
    b = scratch(nb + na);
    in.readFully(b, nb, na);
    int n = nb + na;
    int slot = hash(b, n, nb) & (ACCOUNT_SLOTS - 1);
    CachedAccount c = ACCOUNTS[slot];
    if (c != null && c.bankLength == nb && Arrays.equals(c.bytes, 0, c.bytes.length, b, 0, n)) {
      return c.account;
    }
    AccountRef a =
        new AccountRef(
            new String(b, 0, nb, StandardCharsets.UTF_8),
            new String(b, nb, na, StandardCharsets.UTF_8));
    ACCOUNTS[slot] = new CachedAccount(Arrays.copyOf(b, n), nb, a);
    return a;
  }

  static void writeInstant(Instant t, DataOutputView out) throws IOException {
    out.writeLong(t.getEpochSecond());
    out.writeInt(t.getNano());
  }

  static Instant readInstant(DataInputView in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }

  static void writeAmount(BigDecimal a, DataOutputView out) throws IOException {
    BigInteger unscaled = a.unscaledValue();
    out.writeInt(a.scale());
    if (unscaled.bitLength() < 64) {
      out.writeByte(0);
      out.writeLong(unscaled.longValue());
    } else {
      byte[] b = unscaled.toByteArray();
      out.writeByte(1);
      out.writeInt(b.length);
      out.write(b);
    }
  }

  static BigDecimal readAmount(DataInputView in) throws IOException {
    int scale = in.readInt();
    if (in.readByte() == 0) {
      return BigDecimal.valueOf(in.readLong(), scale);
    }
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new BigDecimal(new BigInteger(b), scale);
  }

  static void writeTransaction(Transaction t, DataOutputView out) throws IOException {
    writeString(t.id(), out);
    writeInstant(t.timestamp(), out);
    writeAccount(t.from(), out);
    writeAccount(t.to(), out);
    writeAmount(t.amountPaid(), out);
    writeString(t.paymentCurrency(), out);
    // Most payments are received as paid: say so in one byte instead of repeating both.
    boolean same =
        t.amountReceived().equals(t.amountPaid())
            && t.receivingCurrency().equals(t.paymentCurrency());
    out.writeBoolean(same);
    if (!same) {
      writeAmount(t.amountReceived(), out);
      writeString(t.receivingCurrency(), out);
    }
    out.writeByte(t.paymentType().ordinal());
    writeNullableString(t.fromCountry(), out);
    writeNullableString(t.toCountry(), out);
  }

  private static final PaymentType[] PAYMENT_TYPES = PaymentType.values();
  private static final Typology[] TYPOLOGIES = Typology.values();

  static Transaction readTransaction(DataInputView in) throws IOException {
    String id = readString(in);
    Instant ts = readInstant(in);
    AccountRef from = readAccount(in);
    AccountRef to = readAccount(in);
    BigDecimal paid = readAmount(in);
    String paidIn = readCode(in);
    BigDecimal received = paid;
    String receivedIn = paidIn;
    if (!in.readBoolean()) {
      received = readAmount(in);
      receivedIn = readCode(in);
    }
    PaymentType type = PAYMENT_TYPES[in.readByte()];
    return new Transaction(
        id,
        ts,
        from,
        to,
        paid,
        paidIn,
        received,
        receivedIn,
        type,
        readNullableCode(in),
        readNullableCode(in));
  }

  /**
   * A trail's transactions and sequence numbers. {@code known} is a transaction the reader already
   * has (the event's own): where it is the trail's last hop, it is not written again.
   */
  static void writeTrail(Trail t, @Nullable Transaction known, DataOutputView out)
      throws IOException {
    Transaction[] txs = t.txs();
    long[] seqs = t.seqs();
    int n = txs.length;
    boolean lastKnown = known != null && txs[n - 1] == known;
    out.writeInt(n);
    out.writeBoolean(lastKnown);
    for (int i = 0; i < n; i++) {
      out.writeLong(seqs[i]);
      if (!(lastKnown && i == n - 1)) {
        writeTransaction(txs[i], out);
      }
    }
  }

  static Trail readTrail(@Nullable Transaction known, DataInputView in) throws IOException {
    int n = in.readInt();
    boolean lastKnown = in.readBoolean();
    Transaction[] txs = new Transaction[n];
    long[] seqs = new long[n];
    for (int i = 0; i < n; i++) {
      seqs[i] = in.readLong();
      txs[i] = lastKnown && i == n - 1 ? known : readTransaction(in);
    }
    return new Trail(txs, seqs);
  }

  static void writeEvent(AccountEvent e, DataOutputView out) throws IOException {
    out.writeByte(e.kind());
    out.writeLong(e.time());
    out.writeLong(e.seq());
    out.writeInt(e.fanOut());
    writeTransaction(e.tx(), out);
    Trail trail = e.trail();
    out.writeBoolean(trail != null);
    if (trail != null) {
      writeTrail(trail, e.tx(), out);
    }
  }

  static AccountEvent readEvent(DataInputView in) throws IOException {
    int kind = in.readByte();
    long time = in.readLong();
    long seq = in.readLong();
    int fanOut = in.readInt();
    Transaction tx = readTransaction(in);
    Trail trail = in.readBoolean() ? readTrail(tx, in) : null;
    return new AccountEvent(kind, time, seq, tx, trail, fanOut);
  }

  static void writeAlert(Alert a, DataOutputView out) throws IOException {
    writeString(a.id(), out);
    out.writeByte(a.typology().ordinal());
    out.writeDouble(a.score());
    out.writeInt(a.accounts().size());
    for (AccountRef r : a.accounts()) {
      writeAccount(r, out);
    }
    out.writeInt(a.transactionIds().size());
    for (String id : a.transactionIds()) {
      writeString(id, out);
    }
    writeInstant(a.detectedAt(), out);
    writeString(a.reason(), out);
    writeString(a.facts().kind(), out);
    out.writeInt(a.facts().values().size());
    for (String v : a.facts().values()) {
      writeString(v, out);
    }
  }

  static Alert readAlert(DataInputView in) throws IOException {
    String id = readString(in);
    Typology typology = TYPOLOGIES[in.readByte()];
    double score = in.readDouble();
    int na = in.readInt();
    List<AccountRef> accounts = new ArrayList<>(na);
    for (int i = 0; i < na; i++) {
      accounts.add(readAccount(in));
    }
    int nt = in.readInt();
    List<String> txs = new ArrayList<>(nt);
    for (int i = 0; i < nt; i++) {
      txs.add(readString(in));
    }
    Instant detectedAt = readInstant(in);
    String reason = readString(in);
    String factsKind = readString(in);
    int nf = in.readInt();
    List<String> values = new ArrayList<>(nf);
    for (int i = 0; i < nf; i++) {
      values.add(readString(in));
    }
    return new Alert(
        id, typology, score, accounts, txs, detectedAt, reason, new AlertFacts(factsKind, values));
  }
}
