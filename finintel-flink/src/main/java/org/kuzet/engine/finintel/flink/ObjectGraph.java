package org.kuzet.engine.finintel.flink;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.jspecify.annotations.Nullable;
import org.kuzet.engine.finintel.AccountRef;
import org.kuzet.engine.finintel.Transaction;

/**
 * The mutable state of an engine object that is not keyed by account (the learned layer: its
 * feature tables, the probabilities it remembers, the flagged payments per account), written field
 * by field and read back into a fresh instance built from the same configuration.
 *
 * <p>It writes what the engine keeps: primitives, strings, boxed numbers, accounts, transactions,
 * the JDK's hash maps and sets, array deques and lists, arrays, and objects and records of the
 * engine's detection package, without Kryo or Java serialisation. Fields whose type is
 * configuration ({@code keep}: the model, the unit values) are neither written nor read: the fresh
 * instance already holds them, and an engine object already present in a field of the fresh
 * instance is filled in place, so its own configuration stays too. Each class is described once per
 * snapshot by its field names and types; a snapshot of another layout is refused on restore, not
 * misread. A value of any other type fails the checkpoint, naming the field.
 */
final class ObjectGraph {
  private static final String ENGINE_PACKAGE = "org.kuzet.engine.finintel.detect";

  private static final int NULL = 0;
  private static final int STRING = 1;
  private static final int FLOAT = 2;
  private static final int DOUBLE = 3;
  private static final int LONG = 4;
  private static final int INT = 5;
  private static final int BOOLEAN = 6;
  private static final int ACCOUNT = 7;
  private static final int TRANSACTION = 8;
  private static final int HASH_MAP = 9;
  private static final int LINKED_HASH_MAP = 10;
  private static final int ARRAY_DEQUE = 11;
  private static final int ARRAY_LIST = 12;
  private static final int HASH_SET = 13;
  private static final int LINKED_HASH_SET = 14;
  private static final int OBJECT_ARRAY = 15;
  private static final int LONGS = 16;
  private static final int INTS = 17;
  private static final int DOUBLES = 18;
  private static final int FLOATS = 19;
  private static final int BOOLEANS = 20;
  private static final int BYTES = 21;
  private static final int OBJECT = 22;
  private static final int RECORD = 23;
  private static final int ENUM = 24;

  private final Set<Class<?>> keep;
  private final Map<Class<?>, Desc> descs = new HashMap<>();

  /** {@code keep}: types of configuration fields, left as the fresh instance has them. */
  ObjectGraph(Set<Class<?>> keep) {
    this.keep = Set.copyOf(keep);
  }

  /** Writes {@code root}'s state. */
  void write(Object root, DataOutputView out) throws IOException {
    new Writer(out).object(root, desc(root.getClass()), root.getClass().getSimpleName());
  }

  /** Reads a state written by {@link #write} into {@code root}, a fresh instance. */
  void readInto(Object root, DataInputView in) throws IOException {
    Reader r = new Reader(in);
    if (in.readUnsignedByte() != OBJECT) {
      throw new IOException("not a snapshot of " + root.getClass().getSimpleName());
    }
    r.object(root);
  }

  /** One class's fields (name order; configuration types left out) and how to make one. */
  private final class Desc {
    final Class<?> type;
    final Field[] fields;
    final String layout;
    final Constructor<?> constructor;

    Desc(Class<?> c) {
      type = c;
      List<Field> fs = new ArrayList<>();
      if (c.isRecord()) {
        for (RecordComponent rc : c.getRecordComponents()) {
          try {
            fs.add(c.getDeclaredField(rc.getName()));
          } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
          }
        }
      } else {
        for (Class<?> k = c; k != Object.class; k = k.getSuperclass()) {
          for (Field f : k.getDeclaredFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m) && !f.isSynthetic() && !keep.contains(f.getType())) {
              fs.add(f);
            }
          }
        }
        fs.sort(Comparator.comparing(Field::getName));
      }
      for (Field f : fs) {
        f.setAccessible(true);
      }
      fields = fs.toArray(Field[]::new);
      StringBuilder l = new StringBuilder(c.getName()).append('{');
      for (Field f : fields) {
        l.append(f.getName()).append(':').append(f.getGenericType().getTypeName()).append(';');
      }
      layout = l.append('}').toString();
      Constructor<?> best = null;
      if (c.isRecord()) {
        Class<?>[] types =
            Arrays.stream(c.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
          best = c.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
          throw new IllegalStateException(e);
        }
      } else {
        // The one with fewest parameters; every field is set after it ran.
        for (Constructor<?> k : c.getDeclaredConstructors()) {
          if (best == null || k.getParameterCount() < best.getParameterCount()) {
            best = k;
          }
        }
      }
      if (best == null) {
        throw new IllegalStateException(c + " declares no constructor");
      }
      best.setAccessible(true);
      constructor = best;
    }

    Object newInstance(Object[] args) throws IOException {
      try {
        return constructor.newInstance(args);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IOException("cannot restore a " + type.getName(), e);
      }
    }

    Object blank() throws IOException {
      Class<?>[] p = constructor.getParameterTypes();
      Object[] args = new Object[p.length];
      for (int i = 0; i < p.length; i++) {
        args[i] = defaultValue(p[i]);
      }
      return newInstance(args);
    }
  }

  private static @Nullable Object defaultValue(Class<?> t) {
    if (!t.isPrimitive()) {
      return null;
    }
    if (t == boolean.class) {
      return false;
    }
    if (t == char.class) {
      return (char) 0;
    }
    if (t == long.class) {
      return 0L;
    }
    if (t == double.class) {
      return 0.0;
    }
    if (t == float.class) {
      return 0f;
    }
    if (t == int.class) {
      return 0;
    }
    if (t == short.class) {
      return (short) 0;
    }
    return (byte) 0;
  }

  private Desc desc(Class<?> c) {
    return descs.computeIfAbsent(c, Desc::new);
  }

  private static boolean engineClass(Class<?> c) {
    return c.getPackageName().equals(ENGINE_PACKAGE) && !c.isInterface();
  }

  private final class Writer {
    private final DataOutputView out;
    private final Map<Class<?>, Integer> described = new IdentityHashMap<>();

    Writer(DataOutputView out) {
      this.out = out;
    }

    private void describe(Desc d) throws IOException {
      Integer id = described.get(d.type);
      if (id != null) {
        out.writeInt(id);
        return;
      }
      out.writeInt(-1);
      described.put(d.type, described.size());
      WireFormat.writeString(d.layout, out);
    }

    void object(Object v, Desc d, String where) throws IOException {
      out.writeByte(d.type.isRecord() ? RECORD : OBJECT);
      describe(d);
      for (Field f : d.fields) {
        String at = where + "." + f.getName();
        Class<?> t = f.getType();
        try {
          if (t == long.class) {
            out.writeLong(f.getLong(v));
          } else if (t == int.class) {
            out.writeInt(f.getInt(v));
          } else if (t == double.class) {
            out.writeDouble(f.getDouble(v));
          } else if (t == float.class) {
            out.writeFloat(f.getFloat(v));
          } else if (t == boolean.class) {
            out.writeBoolean(f.getBoolean(v));
          } else if (t == byte.class) {
            out.writeByte(f.getByte(v));
          } else if (t == short.class) {
            out.writeShort(f.getShort(v));
          } else if (t == char.class) {
            out.writeChar(f.getChar(v));
          } else {
            value(f.get(v), at);
          }
        } catch (IllegalAccessException e) {
          throw new IOException(at, e);
        }
      }
    }

    void value(Object v, String where) throws IOException {
      if (v == null) {
        out.writeByte(NULL);
      } else if (v instanceof String s) {
        out.writeByte(STRING);
        WireFormat.writeString(s, out);
      } else if (v instanceof Float x) {
        out.writeByte(FLOAT);
        out.writeFloat(x);
      } else if (v instanceof Double x) {
        out.writeByte(DOUBLE);
        out.writeDouble(x);
      } else if (v instanceof Long x) {
        out.writeByte(LONG);
        out.writeLong(x);
      } else if (v instanceof Integer x) {
        out.writeByte(INT);
        out.writeInt(x);
      } else if (v instanceof Boolean x) {
        out.writeByte(BOOLEAN);
        out.writeBoolean(x);
      } else if (v instanceof AccountRef a) {
        out.writeByte(ACCOUNT);
        WireFormat.writeAccount(a, out);
      } else if (v instanceof Transaction t) {
        out.writeByte(TRANSACTION);
        WireFormat.writeTransaction(t, out);
      } else if (v.getClass() == HashMap.class || v.getClass() == LinkedHashMap.class) {
        out.writeByte(v.getClass() == HashMap.class ? HASH_MAP : LINKED_HASH_MAP);
        Map<?, ?> m = (Map<?, ?>) v;
        out.writeInt(m.size());
        for (Map.Entry<?, ?> e : m.entrySet()) {
          value(e.getKey(), where + ".key");
          value(e.getValue(), where + ".value");
        }
      } else if (v.getClass() == ArrayDeque.class
          || v.getClass() == ArrayList.class
          || v.getClass() == HashSet.class
          || v.getClass() == LinkedHashSet.class) {
        Class<?> c = v.getClass();
        out.writeByte(
            c == ArrayDeque.class
                ? ARRAY_DEQUE
                : c == ArrayList.class
                    ? ARRAY_LIST
                    : c == HashSet.class ? HASH_SET : LINKED_HASH_SET);
        Collection<?> all = (Collection<?>) v;
        out.writeInt(all.size());
        for (Object x : all) {
          value(x, where + "[]");
        }
      } else if (v instanceof long[] a) {
        out.writeByte(LONGS);
        out.writeInt(a.length);
        for (long x : a) {
          out.writeLong(x);
        }
      } else if (v instanceof int[] a) {
        out.writeByte(INTS);
        out.writeInt(a.length);
        for (int x : a) {
          out.writeInt(x);
        }
      } else if (v instanceof double[] a) {
        out.writeByte(DOUBLES);
        out.writeInt(a.length);
        for (double x : a) {
          out.writeDouble(x);
        }
      } else if (v instanceof float[] a) {
        out.writeByte(FLOATS);
        out.writeInt(a.length);
        for (float x : a) {
          out.writeFloat(x);
        }
      } else if (v instanceof boolean[] a) {
        out.writeByte(BOOLEANS);
        out.writeInt(a.length);
        for (boolean x : a) {
          out.writeBoolean(x);
        }
      } else if (v instanceof byte[] a) {
        out.writeByte(BYTES);
        out.writeInt(a.length);
        out.write(a);
      } else if (v instanceof Object[] a) {
        Class<?> component = a.getClass().getComponentType();
        if (component != Object.class
            && !engineClass(component)
            && component != AccountRef.class
            && component != Transaction.class
            && component != String.class) {
          throw unsupported(v, where);
        }
        out.writeByte(OBJECT_ARRAY);
        out.writeUTF(component.getName());
        out.writeInt(a.length);
        for (Object x : a) {
          value(x, where + "[]");
        }
      } else if (v instanceof Enum<?> e && engineClass(e.getDeclaringClass())) {
        out.writeByte(ENUM);
        out.writeUTF(e.getDeclaringClass().getName());
        out.writeUTF(e.name());
      } else if (engineClass(v.getClass()) && !v.getClass().isEnum()) {
        object(v, desc(v.getClass()), where);
      } else {
        throw unsupported(v, where);
      }
    }

    private IOException unsupported(Object v, String where) {
      return new IOException(
          "no snapshot format for "
              + where
              + " of type "
              + v.getClass().getName()
              + ": the learned layer's state may hold primitives, strings, "
              + "boxed numbers, accounts, transactions, hash maps and sets, array deques and lists, "
              + "arrays, and objects of "
              + ENGINE_PACKAGE);
    }
  }

  private final class Reader {
    private final DataInputView in;
    private final List<Desc> described = new ArrayList<>();

    Reader(DataInputView in) {
      this.in = in;
    }

    private Desc describe() throws IOException {
      int id = in.readInt();
      if (id >= 0) {
        return described.get(id);
      }
      String layout = WireFormat.readString(in);
      String name = layout.substring(0, layout.indexOf('{'));
      Class<?> c;
      try {
        c = Class.forName(name, false, ObjectGraph.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IOException("the snapshot holds a " + name + ", not on the class path", e);
      }
      Desc d = desc(c);
      if (!d.layout.equals(layout)) {
        throw new IOException("the snapshot holds " + layout + ", this version has " + d.layout);
      }
      described.add(d);
      return d;
    }

    /** After the OBJECT or RECORD tag: into {@code existing} when it is of the class read. */
    Object object(@Nullable Object existing) throws IOException {
      Desc d = describe();
      if (d.type.isRecord()) {
        Object[] args = new Object[d.fields.length];
        for (int i = 0; i < args.length; i++) {
          args[i] = field(d.fields[i].getType(), null);
        }
        return d.newInstance(args);
      }
      Object v = existing != null && existing.getClass() == d.type ? existing : d.blank();
      try {
        for (Field f : d.fields) {
          Class<?> t = f.getType();
          Object current = t.isPrimitive() ? null : f.get(v);
          f.set(v, field(t, current));
        }
      } catch (IllegalAccessException e) {
        throw new IOException(e);
      }
      return v;
    }

    private @Nullable Object field(Class<?> t, @Nullable Object current) throws IOException {
      if (t == long.class) {
        return in.readLong();
      } else if (t == int.class) {
        return in.readInt();
      } else if (t == double.class) {
        return in.readDouble();
      } else if (t == float.class) {
        return in.readFloat();
      } else if (t == boolean.class) {
        return in.readBoolean();
      } else if (t == byte.class) {
        return in.readByte();
      } else if (t == short.class) {
        return in.readShort();
      } else if (t == char.class) {
        return in.readChar();
      }
      return value(current);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Nullable Object value(@Nullable Object current) throws IOException {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case NULL:
          return null;
        case STRING:
          return WireFormat.readString(in);
        case FLOAT:
          return in.readFloat();
        case DOUBLE:
          return in.readDouble();
        case LONG:
          return in.readLong();
        case INT:
          return in.readInt();
        case BOOLEAN:
          return in.readBoolean();
        case ACCOUNT:
          return WireFormat.readAccount(in);
        case TRANSACTION:
          return WireFormat.readTransaction(in);
        case HASH_MAP:
        case LINKED_HASH_MAP:
          {
            int n = in.readInt();
            Map m =
                tag == HASH_MAP
                    ? new HashMap<>(Math.max(16, n * 4 / 3 + 1))
                    : new LinkedHashMap<>(Math.max(16, n * 4 / 3 + 1));
            for (int i = 0; i < n; i++) {
              Object k = value(null);
              m.put(k, value(null));
            }
            return m;
          }
        case ARRAY_DEQUE:
        case ARRAY_LIST:
        case HASH_SET:
        case LINKED_HASH_SET:
          {
            int n = in.readInt();
            Collection c =
                tag == ARRAY_DEQUE
                    ? new ArrayDeque<>(Math.max(1, n))
                    : tag == ARRAY_LIST
                        ? new ArrayList<>(n)
                        : tag == HASH_SET
                            ? new HashSet<>(Math.max(16, n * 4 / 3 + 1))
                            : new LinkedHashSet<>(Math.max(16, n * 4 / 3 + 1));
            for (int i = 0; i < n; i++) {
              c.add(value(null));
            }
            return c;
          }
        case LONGS:
          {
            long[] a = new long[in.readInt()];
            for (int i = 0; i < a.length; i++) {
              a[i] = in.readLong();
            }
            return a;
          }
        case INTS:
          {
            int[] a = new int[in.readInt()];
            for (int i = 0; i < a.length; i++) {
              a[i] = in.readInt();
            }
            return a;
          }
        case DOUBLES:
          {
            double[] a = new double[in.readInt()];
            for (int i = 0; i < a.length; i++) {
              a[i] = in.readDouble();
            }
            return a;
          }
        case FLOATS:
          {
            float[] a = new float[in.readInt()];
            for (int i = 0; i < a.length; i++) {
              a[i] = in.readFloat();
            }
            return a;
          }
        case BOOLEANS:
          {
            boolean[] a = new boolean[in.readInt()];
            for (int i = 0; i < a.length; i++) {
              a[i] = in.readBoolean();
            }
            return a;
          }
        case BYTES:
          {
            byte[] a = new byte[in.readInt()];
            in.readFully(a);
            return a;
          }
        case OBJECT_ARRAY:
          {
            Class<?> component = load(in.readUTF());
            Object[] a = (Object[]) Array.newInstance(component, in.readInt());
            for (int i = 0; i < a.length; i++) {
              a[i] = value(null);
            }
            return a;
          }
        case ENUM:
          return Enum.valueOf((Class) load(in.readUTF()), in.readUTF());
        case OBJECT:
        case RECORD:
          return object(current);
        default:
          throw new IOException("unknown tag " + tag + " in a snapshot");
      }
    }

    private Class<?> load(String name) throws IOException {
      try {
        return Class.forName(name, false, ObjectGraph.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IOException("the snapshot holds a " + name + ", not on the class path", e);
      }
    }
  }
}
