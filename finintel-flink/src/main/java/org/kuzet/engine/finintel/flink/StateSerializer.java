package org.kuzet.engine.finintel.flink;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.util.FlinkRuntimeException;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.Transaction;
import org.kuzet.engine.finintel.detect.Trail;

/**
 * Serializer of a detector state class ({@code AccountState}, {@code TrailState}) field by field.
 * The engine keeps its state in plain fields: primitives, primitive arrays, transactions, trails,
 * lists of them and nested state objects of its own package. This writes exactly those, in
 * field-name order, with no class tags (unlike Kryo); a field of any other type is refused when the
 * serializer is built, so a new kind of field in the engine fails the job's tests instead of
 * falling back to a generic serializer. The snapshot records the field layout: a checkpoint taken
 * with another layout is refused on restore, not misread.
 */
final class StateSerializer<T> extends TypeSerializer<T> {
  private static final long serialVersionUID = 1L;
  private static final String ENGINE_PACKAGE = "org.kuzet.engine.finintel.detect";

  private final Class<T> type;
  private transient ObjectCodec codec;
  private transient Refs refs = new Refs();

  StateSerializer(Class<T> type) {
    this.type = type;
    this.codec = new ObjectCodec(type);
  }

  private ObjectCodec codec() {
    if (codec == null) {
      codec = new ObjectCodec(type); // after Java deserialisation of the serializer
      refs = new Refs();
    }
    return codec;
  }

  /** The field layout, e.g. {@code AccountState{days:long[],in:Ring{...},...}}. */
  String layout() {
    return codec().layout;
  }

  @Override
  public boolean isImmutableType() {
    return false;
  }

  @Override
  public TypeSerializer<T> duplicate() {
    return new StateSerializer<>(type); // each user its own table of written transactions
  }

  @Override
  public T createInstance() {
    return type.cast(codec().newInstance());
  }

  @Override
  public T copy(T from) {
    // A deep copy (the heap backend copies state during asynchronous snapshots).
    try {
      DataOutputSerializer out = new DataOutputSerializer(256);
      serialize(from, out);
      return deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
    } catch (IOException e) {
      throw new FlinkRuntimeException("copying " + type.getSimpleName(), e);
    }
  }

  @Override
  public T copy(T from, T reuse) {
    return copy(from);
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public void serialize(T value, DataOutputView out) throws IOException {
    ObjectCodec c = codec();
    refs.clear();
    c.write(value, out, refs);
  }

  @Override
  public T deserialize(DataInputView in) throws IOException {
    ObjectCodec c = codec();
    refs.clear();
    return type.cast(c.read(in, refs));
  }

  @Override
  public T deserialize(T reuse, DataInputView in) throws IOException {
    return deserialize(in);
  }

  @Override
  public void copy(DataInputView in, DataOutputView out) throws IOException {
    serialize(deserialize(in), out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StateSerializer<?> s && s.type == type;
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<T> snapshotConfiguration() {
    return new Snapshot<>(type, layout());
  }

  /** Remembers the class and its field layout; restores only onto the same layout. */
  public static final class Snapshot<T> implements TypeSerializerSnapshot<T> {
    private Class<T> type;
    private String layout;

    @SuppressWarnings("NullAway.Init") // Flink fills it through readSnapshot
    public Snapshot() {}

    Snapshot(Class<T> type, String layout) {
      this.type = type;
      this.layout = layout;
    }

    @Override
    public int getCurrentVersion() {
      return 1;
    }

    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
      out.writeUTF(type.getName());
      WireFormat.writeString(layout, out);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void readSnapshot(int version, DataInputView in, ClassLoader loader) throws IOException {
      String name = in.readUTF();
      try {
        type = (Class<T>) Class.forName(name, false, loader);
      } catch (ClassNotFoundException e) {
        throw new IOException("state class " + name + " is not on the class path", e);
      }
      layout = WireFormat.readString(in);
    }

    @Override
    public TypeSerializer<T> restoreSerializer() {
      StateSerializer<T> s = new StateSerializer<>(type);
      if (!s.layout().equals(layout)) {
        throw new IllegalStateException(
            "the checkpoint holds "
                + type.getSimpleName()
                + " as "
                + layout
                + ", this version has "
                + s.layout());
      }
      return s;
    }

    @Override
    public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
        TypeSerializerSnapshot<T> old) {
      return old instanceof Snapshot<T> o && o.type == type && o.layout.equals(layout)
          ? TypeSerializerSchemaCompatibility.compatibleAsIs()
          : TypeSerializerSchemaCompatibility.incompatible();
    }
  }

  /**
   * The transactions already written in one state value: an account's payments sit in its rings and
   * again in its trails, and each is written once, later occurrences as a back-reference.
   */
  private static final class Refs {
    private final IdentityHashMap<Transaction, Integer> written = new IdentityHashMap<>();
    private final List<Transaction> read = new ArrayList<>();

    void clear() {
      written.clear();
      read.clear();
    }

    void writeTransaction(Transaction t, DataOutputView out) throws IOException {
      Integer at = written.get(t);
      if (at != null) {
        out.writeInt(at);
        return;
      }
      out.writeInt(-1);
      written.put(t, written.size());
      WireFormat.writeTransaction(t, out);
    }

    Transaction readTransaction(DataInputView in) throws IOException {
      int at = in.readInt();
      if (at >= 0) {
        return read.get(at);
      }
      Transaction t = WireFormat.readTransaction(in);
      read.add(t);
      return t;
    }
  }

  /** Writes and reads one value of some type; null is allowed for every reference type. */
  private interface Codec {
    void write(Object v, DataOutputView out, Refs refs) throws IOException;

    @Nullable Object read(DataInputView in, Refs refs) throws IOException;
  }

  private static Codec codecFor(Type t, String where) {
    if (t == long[].class) {
      return nullable(
          new Codec() {
            public void write(Object v, DataOutputView out, Refs refs) throws IOException {
              long[] a = (long[]) v;
              out.writeInt(a.length);
              for (long x : a) {
                out.writeLong(x);
              }
            }

            public Object read(DataInputView in, Refs refs) throws IOException {
              long[] a = new long[in.readInt()];
              for (int i = 0; i < a.length; i++) {
                a[i] = in.readLong();
              }
              return a;
            }
          });
    }
    if (t == int[].class) {
      return nullable(
          new Codec() {
            public void write(Object v, DataOutputView out, Refs refs) throws IOException {
              int[] a = (int[]) v;
              out.writeInt(a.length);
              for (int x : a) {
                out.writeInt(x);
              }
            }

            public Object read(DataInputView in, Refs refs) throws IOException {
              int[] a = new int[in.readInt()];
              for (int i = 0; i < a.length; i++) {
                a[i] = in.readInt();
              }
              return a;
            }
          });
    }
    if (t == double[].class) {
      return nullable(
          new Codec() {
            public void write(Object v, DataOutputView out, Refs refs) throws IOException {
              double[] a = (double[]) v;
              out.writeInt(a.length);
              for (double x : a) {
                out.writeDouble(x);
              }
            }

            public Object read(DataInputView in, Refs refs) throws IOException {
              double[] a = new double[in.readInt()];
              for (int i = 0; i < a.length; i++) {
                a[i] = in.readDouble();
              }
              return a;
            }
          });
    }
    if (t == Transaction.class) {
      return nullable(
          new Codec() {
            public void write(Object v, DataOutputView out, Refs refs) throws IOException {
              refs.writeTransaction((Transaction) v, out);
            }

            public Object read(DataInputView in, Refs refs) throws IOException {
              return refs.readTransaction(in);
            }
          });
    }
    if (t == Trail.class) {
      return nullable(
          new Codec() {
            public void write(Object v, DataOutputView out, Refs refs) throws IOException {
              Trail trail = (Trail) v;
              out.writeInt(trail.length());
              for (int i = 0; i < trail.length(); i++) {
                out.writeLong(trail.seqs()[i]);
                refs.writeTransaction(trail.txs()[i], out);
              }
            }

            public Object read(DataInputView in, Refs refs) throws IOException {
              int n = in.readInt();
              long[] seqs = new long[n];
              Transaction[] txs = new Transaction[n];
              for (int i = 0; i < n; i++) {
                seqs[i] = in.readLong();
                txs[i] = refs.readTransaction(in);
              }
              return new Trail(txs, seqs);
            }
          });
    }
    if (t instanceof Class<?> c && c.isArray() && !c.getComponentType().isPrimitive()) {
      Class<?> component = c.getComponentType();
      Codec element = codecFor(component, where + "[]");
      return nullable(
          new Codec() {
            public void write(Object v, DataOutputView out, Refs refs) throws IOException {
              Object[] a = (Object[]) v;
              out.writeInt(a.length);
              for (Object x : a) {
                element.write(x, out, refs);
              }
            }

            public Object read(DataInputView in, Refs refs) throws IOException {
              Object[] a = (Object[]) Array.newInstance(component, in.readInt());
              for (int i = 0; i < a.length; i++) {
                a[i] = element.read(in, refs);
              }
              return a;
            }
          });
    }
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      Codec element = codecFor(p.getActualTypeArguments()[0], where + "<>");
      return nullable(
          new Codec() {
            public void write(Object v, DataOutputView out, Refs refs) throws IOException {
              List<?> l = (List<?>) v;
              out.writeInt(l.size());
              for (Object x : l) {
                element.write(x, out, refs);
              }
            }

            public Object read(DataInputView in, Refs refs) throws IOException {
              int n = in.readInt();
              List<Object> l = new ArrayList<>(Math.max(4, n));
              for (int i = 0; i < n; i++) {
                l.add(element.read(in, refs));
              }
              return l;
            }
          });
    }
    if (t instanceof Class<?> c
        && c.getPackageName().equals(ENGINE_PACKAGE)
        && !c.isRecord()
        && !c.isInterface()
        && !c.isEnum()) {
      return nullable(new ObjectCodec(c));
    }
    throw new IllegalArgumentException(
        "no Flink serializer for "
            + where
            + " of type "
            + t.getTypeName()
            + ": StateSerializer writes primitives, primitive arrays, "
            + "transactions, trails, lists and arrays of them, and state classes of "
            + ENGINE_PACKAGE);
  }

  private static Codec nullable(Codec c) {
    return new Codec() {
      public void write(Object v, DataOutputView out, Refs refs) throws IOException {
        out.writeBoolean(v != null);
        if (v != null) {
          c.write(v, out, refs);
        }
      }

      public @Nullable Object read(DataInputView in, Refs refs) throws IOException {
        return in.readBoolean() ? c.read(in, refs) : null;
      }

      @Override
      public String toString() {
        return c.toString();
      }
    };
  }

  /** The fields of one class, each with its codec; primitives are read and written directly. */
  private static final class ObjectCodec implements Codec {
    private final Constructor<?> constructor;
    private final Field[] fields;
    private final Codec[] codecs; // null for primitive fields
    final String layout;

    ObjectCodec(Class<?> c) {
      try {
        constructor = c.getDeclaredConstructor();
        constructor.setAccessible(true);
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(
            c.getName() + " needs a constructor without " + "arguments to be kept in Flink state",
            e);
      }
      List<Field> fs = new ArrayList<>();
      for (Class<?> k = c; k != Object.class; k = k.getSuperclass()) {
        for (Field f : k.getDeclaredFields()) {
          int m = f.getModifiers();
          if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()) {
            f.setAccessible(true);
            fs.add(f);
          }
        }
      }
      fs.sort(Comparator.comparing(Field::getName));
      fields = fs.toArray(Field[]::new);
      codecs = new Codec[fields.length];
      StringBuilder l = new StringBuilder(c.getSimpleName()).append('{');
      for (int i = 0; i < fields.length; i++) {
        Field f = fields[i];
        Class<?> ft = f.getType();
        String where = c.getSimpleName() + "." + f.getName();
        if (ft.isPrimitive()) {
          if (ft != long.class && ft != int.class && ft != double.class && ft != boolean.class) {
            throw new IllegalArgumentException(
                "no Flink serializer for " + where + " of type " + ft.getName());
          }
        } else {
          codecs[i] = codecFor(f.getGenericType(), where);
        }
        l.append(i == 0 ? "" : ",")
            .append(f.getName())
            .append(':')
            .append(
                codecs[i] != null && codecs[i].toString().contains("{")
                    ? codecs[i].toString()
                    : f.getGenericType().getTypeName());
      }
      layout = l.append('}').toString();
    }

    Object newInstance() {
      try {
        return constructor.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new FlinkRuntimeException("creating " + constructor.getDeclaringClass(), e);
      }
    }

    @Override
    public void write(Object v, DataOutputView out, Refs refs) throws IOException {
      try {
        for (int i = 0; i < fields.length; i++) {
          Field f = fields[i];
          Codec c = codecs[i];
          if (c != null) {
            c.write(f.get(v), out, refs);
          } else {
            Class<?> t = f.getType();
            if (t == long.class) {
              out.writeLong(f.getLong(v));
            } else if (t == int.class) {
              out.writeInt(f.getInt(v));
            } else if (t == double.class) {
              out.writeDouble(f.getDouble(v));
            } else {
              out.writeBoolean(f.getBoolean(v));
            }
          }
        }
      } catch (IllegalAccessException e) {
        throw new FlinkRuntimeException(e);
      }
    }

    @Override
    public Object read(DataInputView in, Refs refs) throws IOException {
      Object v = newInstance();
      try {
        for (int i = 0; i < fields.length; i++) {
          Field f = fields[i];
          Codec c = codecs[i];
          if (c != null) {
            f.set(v, c.read(in, refs));
          } else {
            Class<?> t = f.getType();
            if (t == long.class) {
              f.setLong(v, in.readLong());
            } else if (t == int.class) {
              f.setInt(v, in.readInt());
            } else if (t == double.class) {
              f.setDouble(v, in.readDouble());
            } else {
              f.setBoolean(v, in.readBoolean());
            }
          }
        }
      } catch (IllegalAccessException e) {
        throw new FlinkRuntimeException(e);
      }
      return v;
    }

    @Override
    public String toString() {
      return layout;
    }
  }

  @Override
  public String toString() {
    return "StateSerializer" + Arrays.asList(layout());
  }

  static <T> StateSerializer<T> of(Class<T> type) {
    return new StateSerializer<>(Objects.requireNonNull(type));
  }
}
