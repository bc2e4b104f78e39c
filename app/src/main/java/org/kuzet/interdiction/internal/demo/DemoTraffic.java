package org.kuzet.interdiction.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.kuzet.engine.screening.Plates;
import org.kuzet.interdiction.SeizureId;
import org.kuzet.interdiction.internal.post.NameKeys;
import org.kuzet.interdiction.internal.post.Post;
import org.kuzet.interdiction.internal.post.PostKind;
import org.kuzet.interdiction.internal.post.Posts;
import org.kuzet.interdiction.internal.post.TableWriter;
import org.kuzet.interdiction.internal.seizure.SeizureRecording;
import org.kuzet.web.Countries;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Synthetic traffic through the demo posts, deterministic for a seed: vehicles that come back along
 * their corridor (Uzbek border to Russia on M32, Kyrgyz border to Almaty and north on M36, and so
 * on) with travel times that fit the distances, seasonal volumes, and rare seizures sized like
 * Kazakhstan's: tens of tonnes of cannabis a year, heroin in the hundreds of kilograms, a few
 * persons from the UN list among the travellers.
 *
 * <p>Rows go straight to the tables (COPY on PostgreSQL, JDBC batches elsewhere) with ids from a
 * block reserved on the shared sequence; nothing is screened while loading.
 */
public final class DemoTraffic {

  private static final Logger log = LoggerFactory.getLogger(DemoTraffic.class);
  private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

  /** Routes as ordered post codes, northbound; each with its declared origins and destinations. */
  private record Route(List<String> posts, String[] origins, String[] destinations, int weight) {}

  private static final List<Route> ROUTES =
      List.of(
          new Route(
              List.of("BCP-ZHIBEK-ZHOLY", "CP-M39-TYULKUBAS", "CP-M32-SHIELI", "CP-M32-ARAL"),
              new String[] {"Tashkent", "Samarkand", "Fergana"},
              new String[] {"Aktobe", "Samara", "Moscow", "Orenburg"},
              30),
          new Route(
              List.of("BCP-KONYSBAYEV", "CP-M39-TYULKUBAS", "CP-M32-SHIELI", "CP-M32-ARAL"),
              new String[] {"Tashkent", "Andijan"},
              new String[] {"Kyzylorda", "Aktobe", "Yekaterinburg"},
              12),
          new Route(
              List.of("BCP-KORDAY", "CP-M39-KORDAI", "CP-M36-KARAGANDA", "CP-A1-PETROPAVL"),
              new String[] {"Bishkek", "Tokmok", "Osh"},
              new String[] {"Almaty", "Astana", "Novosibirsk", "Omsk"},
              28),
          new Route(
              List.of("BCP-AISHA-BIBI", "CP-M39-MERKE", "CP-M39-TYULKUBAS", "CP-M32-SHIELI"),
              new String[] {"Talas", "Bishkek"},
              new String[] {"Shymkent", "Kyzylorda", "Samara"},
              10),
          new Route(
              List.of("BCP-SARTOBE", "CP-M39-KORDAI", "CP-M36-KARAGANDA"),
              new String[] {"Tokmok", "Kant"},
              new String[] {"Almaty", "Karaganda"},
              5),
          new Route(
              List.of("BCP-AUKHATTY", "CP-M39-MERKE"),
              new String[] {"Bishkek"},
              new String[] {"Taraz", "Shymkent"},
              4),
          new Route(
              List.of("BCP-KEGEN", "CP-M36-KARAGANDA"),
              new String[] {"Karakol"},
              new String[] {"Almaty", "Karaganda"},
              2),
          new Route(
              List.of("BCP-ATAMEKEN", "CP-M39-TYULKUBAS", "CP-M32-SHIELI"),
              new String[] {"Gulistan", "Dushanbe"},
              new String[] {"Shymkent", "Aktobe"},
              4),
          new Route(
              List.of("BCP-TSELINNY", "CP-M32-SHIELI", "CP-M32-ARAL"),
              new String[] {"Gulistan"},
              new String[] {"Kyzylorda", "Aral"},
              2),
          new Route(
              List.of("BCP-SYRDARYA"), new String[] {"Syrdarya"}, new String[] {"Shymkent"}, 1),
          new Route(
              List.of("BCP-KAZYGURT", "CP-M39-TYULKUBAS"),
              new String[] {"Tashkent"},
              new String[] {"Shymkent"},
              2),
          new Route(
              List.of("BCP-TAZHEN"), new String[] {"Nukus"}, new String[] {"Beyneu", "Atyrau"}, 2),
          new Route(
              List.of("BCP-TEMIR-BABA"),
              new String[] {"Turkmenbashi"},
              new String[] {"Zhanaozen", "Aktau"},
              1));

  /** Traffic by month, January first: the roads are busiest in summer and at harvest. */
  private static final double[] MONTH = {
    0.70, 0.70, 0.85, 1.00, 1.10, 1.15, 1.20, 1.20, 1.15, 1.05, 0.90, 0.80
  };

  /** Cannabis seizures by month: the Chuy valley harvest is August to October. */
  private static final double[] CANNABIS_MONTH = {
    0.4, 0.4, 0.5, 0.6, 0.8, 1.0, 1.3, 2.2, 2.6, 2.0, 0.9, 0.5
  };

  private static final String[] TRUCK_MAKES = {
    "KAMAZ 5320", "MAN TGA", "Volvo FH", "Mercedes-Benz Actros", "DAF XF", "MAZ 5440", "Howo"
  };
  private static final String[] CAR_MAKES = {
    "Lada 2107",
    "Toyota Camry",
    "Daewoo Nexia",
    "Hyundai Accent",
    "Audi 80",
    "Volkswagen Passat",
    "Chevrolet Cobalt",
    "Lexus RX"
  };
  private static final String[] VAN_MAKES = {
    "GAZelle", "Mercedes-Benz Sprinter", "Hyundai Starex", "Ford Transit"
  };
  private static final String[] BUS_MAKES = {"Yutong", "Ikarus", "PAZ"};
  private static final String[] TRUCK_CARGO = {
    "cotton",
    "fruit and vegetables",
    "onions",
    "melons",
    "dried fruit",
    "cement",
    "textiles",
    "grain",
    "coal",
    "building materials",
    "empty"
  };
  private static final String[] CONCEALMENT = {
    "false floor of the trailer",
    "inside the cargo of onions",
    "spare tyre",
    "fuel tank",
    "door panels",
    "among melons",
    "body cavity of passenger",
    "luggage",
    "roof lining",
    "cab sleeper"
  };

  /**
   * Listed persons placed now and then among the travellers (about one in 20,000 inspections):
   * three of the demo national list and persons of the UN list, named as the lists write them.
   */
  private static final String[][] LISTED = {
    {"Жаксылыков Ерлан", "1985-11-03", "KAZ"},
    {"AKHMEDOV RUSTAM", "1981-02-20", "UZB"},
    {"Осмонов Бакыт", "1977-09-30", "KGZ"},
    {"Измайлов Шамиль Магомедович", "1980-10-29", "RUS"},
    {"KHALIMOV GULMUROD", "1975-05-14", "TJK"},
    {"Чатаев Ахмед Ражапович", "1980-07-04", "RUS"},
    {"Газиев Тархан Исмаилович", "1965-11-11", "RUS"},
  };

  private record Vehicle(
      String plate,
      String key,
      String country,
      String type,
      String make,
      int route,
      DemoPeople.Traveller driver) {}

  /**
   * How the traffic is drawn: over how many days up to the last, how much more often than the
   * national rate a seizure is made, and one listed person in how many inspections. {@link
   * #NATIONAL} keeps Kazakhstan's proportions for benchmarks at national volumes; the demo
   * installation loads far fewer inspections and raises the rare events so that two years still
   * show seizures in every season.
   */
  record Mix(int days, double seizureFactor, int listedOneIn) {
    static final Mix NATIONAL = new Mix(365, 1, 20_000);

    Mix {
      if (days < 1 || seizureFactor <= 0 || listedOneIn < 1) {
        throw new IllegalArgumentException("days, seizure factor and listed rate must be positive");
      }
    }
  }

  /** What was loaded, for the report. */
  public record Loaded(
      long inspections,
      long persons,
      long seizures,
      long arrests,
      long listedPersons,
      BigDecimal cannabisKg,
      BigDecimal heroinKg,
      Duration took) {}

  private final DataSource dataSource;
  private final Posts posts;

  public DemoTraffic(DataSource dataSource, Posts posts) {
    this.dataSource = dataSource;
    this.posts = posts;
  }

  public Loaded generate(int inspections, long seed, LocalDate lastDay) throws SQLException {
    return generate(inspections, seed, lastDay, Mix.NATIONAL);
  }

  Loaded generate(int inspections, long seed, LocalDate lastDay, Mix mix) throws SQLException {
    long started = System.nanoTime();
    var r = new SplittableRandom(seed);
    Map<String, Post> byCode = new HashMap<>();
    posts.all().forEach(p -> byCode.put(p.code(), p));
    for (Route route : ROUTES) {
      for (String code : route.posts()) {
        if (!byCode.containsKey(code)) {
          throw new IllegalStateException(
              "demo post " + code + " is missing: start the demo installation once first");
        }
      }
    }
    LocalDate firstDay = lastDay.minusDays(mix.days() - 1L);
    int routeTotal = ROUTES.stream().mapToInt(Route::weight).sum();
    List<Vehicle> fleet = new ArrayList<>();
    int fleetSize = Math.max(50, inspections / 12);
    for (int i = 0; i < fleetSize; i++) {
      fleet.add(vehicle(r, pickRoute(r, routeTotal), lastDay));
    }

    long inspectionsWritten = 0, personsWritten = 0, seizures = 0, arrests = 0, listed = 0;
    BigDecimal cannabis = BigDecimal.ZERO, heroin = BigDecimal.ZERO;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long nextId = reserveIds(c, (long) inspections * 6 + 10_000);
      try (var ins =
              TableWriter.open(
                  c,
                  "intd_inspection",
                  List.of(
                      "id",
                      "post_id",
                      "inspected_at",
                      "plate",
                      "plate_key",
                      "plate_country",
                      "vehicle_make",
                      "vehicle_type",
                      "cargo",
                      "origin",
                      "destination",
                      "direction",
                      "result",
                      "person_count",
                      "hit_count",
                      "duplicate_of",
                      "screened",
                      "officer",
                      "agency_code",
                      "created_at"));
          var per =
              TableWriter.open(
                      c,
                      "intd_person",
                      List.of(
                          "id",
                          "inspection_id",
                          "post_id",
                          "inspected_at",
                          "role",
                          "name",
                          "name_key",
                          "document_type",
                          "document_number",
                          "document_country",
                          "birth_date",
                          "nationality",
                          "sex",
                          "from_mrz"))
                  .after(ins);
          var sei =
              TableWriter.open(
                      c,
                      "intd_seizure",
                      List.of(
                          "id",
                          "post_id",
                          "inspection_id",
                          "seized_at",
                          "drug_type",
                          "quantity",
                          "unit",
                          "purity_percent",
                          "concealment",
                          "transport_mode",
                          "conveyance",
                          "place",
                          "origin_country",
                          "origin_basis",
                          "departure_country",
                          "departure_basis",
                          "transit_countries",
                          "transit_basis",
                          "destination_country",
                          "destination_basis",
                          "recorded_by",
                          "agency_code",
                          "created_at"))
                  .after(ins);
          var arr =
              TableWriter.open(
                      c,
                      "intd_seizure_arrest",
                      List.of("id", "seizure_id", "name", "nationality", "gender", "birth_date"))
                  .after(sei);
          var cus =
              TableWriter.open(
                      c,
                      "intd_custody",
                      List.of(
                          "id",
                          "seizure_id",
                          "seq",
                          "holder",
                          "holder_agency",
                          "held_from",
                          "handed_by",
                          "purpose",
                          "recorded_by",
                          "recorded_at",
                          "prev_hash",
                          "hash"))
                  .after(sei)) {
        while (inspectionsWritten < inspections) {
          Vehicle v = fleet.get(zipf(r, fleet.size()));
          Route route = ROUTES.get(v.route());
          boolean north = r.nextInt(100) < 62;
          List<String> path = new ArrayList<>(route.posts());
          if (!north) {
            Collections.reverse(path);
          }
          int from = r.nextInt(path.size());
          int stops = 1 + r.nextInt(path.size() - from);
          Instant at = tripStart(r, firstDay, mix.days());
          String origin = pick(r, north ? route.origins() : route.destinations());
          String destination = pick(r, north ? route.destinations() : route.origins());
          String cargo = v.type().equals("TRUCK") ? pick(r, TRUCK_CARGO) : "personal belongings";
          Post previous = null;
          for (int s = from; s < from + stops && inspectionsWritten < inspections; s++) {
            String code = path.get(s);
            Post post = Objects.requireNonNull(byCode.get(code), () -> "no demo post " + code);
            if (previous != null) {
              at = at.plus(travel(r, previous, post));
            }
            previous = post;
            if (at.isAfter(lastDay.plusDays(1).atStartOfDay(ALMATY).toInstant())) {
              break;
            }
            long inspectionId = nextId++;
            String direction =
                post.kind() == PostKind.CROSSING
                    ? (north ? "ENTRY" : "EXIT")
                    : (north ? "NORTH" : "SOUTH");
            int monthIndex = at.atZone(ALMATY).getMonthValue() - 1;
            // Seizures: about one in 2,000 inspections, more in the cannabis harvest.
            boolean seized =
                r.nextDouble() < 0.0005 * mix.seizureFactor() * CANNABIS_MONTH[monthIndex] / 1.1;
            String result = seized ? "SEIZED" : resultOf(r);
            List<DemoPeople.Traveller> people = new ArrayList<>();
            people.add(r.nextInt(100) < 85 ? v.driver() : DemoPeople.next(r, v.country(), lastDay));
            int passengers = passengers(r, v.type());
            for (int p = 0; p < passengers; p++) {
              people.add(DemoPeople.next(r, v.country(), lastDay));
            }
            if (r.nextInt(mix.listedOneIn()) == 0) {
              String[] l = LISTED[r.nextInt(LISTED.length)];
              people.add(
                  new DemoPeople.Traveller(
                      l[0],
                      "PASSPORT",
                      "L" + DemoPeople.digits(r, 8),
                      l[2],
                      LocalDate.parse(l[1]),
                      l[2],
                      "M"));
              listed++;
            }
            String officer = post.kind() == PostKind.CROSSING ? "guard.bg" : "officer.cdc";
            ins.add(
                inspectionId,
                post.id().value(),
                at,
                v.plate(),
                v.key(),
                iso3(v.country()),
                v.make(),
                v.type(),
                cargo,
                origin,
                destination,
                direction,
                result,
                people.size(),
                0,
                null,
                Boolean.FALSE,
                officer,
                post.agency().value(),
                at);
            for (int p = 0; p < people.size(); p++) {
              DemoPeople.Traveller t = people.get(p);
              per.add(
                  nextId++,
                  inspectionId,
                  post.id().value(),
                  at,
                  p == 0 ? "DRIVER" : "PASSENGER",
                  t.name(),
                  NameKeys.key(t.name()),
                  t.documentType(),
                  t.documentNumber(),
                  t.documentCountry(),
                  t.birthDate(),
                  t.nationality(),
                  t.sex(),
                  Boolean.FALSE);
              personsWritten++;
            }
            inspectionsWritten++;
            if (seized) {
              long seizureId = nextId++;
              Object[] drug = drugAndQuantity(r, monthIndex);
              String type = (String) drug[0];
              BigDecimal qty = (BigDecimal) drug[1];
              if (type.equals("HERBAL_CANNABIS") || type.equals("HASHISH")) {
                cannabis = cannabis.add(qty);
              } else if (type.equals("HEROIN")) {
                heroin = heroin.add(qty);
              }
              boolean afghan = type.equals("HEROIN") || type.equals("OPIUM");
              String originCountry =
                  afghan
                      ? "AFG"
                      : type.equals("SYNTHETIC") ? null : (r.nextBoolean() ? "KGZ" : "KAZ");
              sei.add(
                  seizureId,
                  post.id().value(),
                  inspectionId,
                  at.plusSeconds(1800),
                  type,
                  qty,
                  drug[2],
                  afghan && r.nextInt(3) == 0 ? BigDecimal.valueOf(20 + r.nextInt(60)) : null,
                  pick(r, CONCEALMENT),
                  "ROAD",
                  v.make() + " " + v.plate(),
                  post.name(),
                  originCountry,
                  originCountry == null ? null : "ESTABLISHED",
                  iso3(v.country()),
                  "DECLARED",
                  afghan ? "TJK" : null,
                  afghan ? "ESTABLISHED" : null,
                  north ? "RUS" : "KAZ",
                  "DECLARED",
                  officer,
                  post.agency().value(),
                  at.plusSeconds(1800));
              int arrested = 1 + (r.nextInt(100) < 30 ? 1 : 0);
              for (int a = 0; a < Math.min(arrested, people.size()); a++) {
                DemoPeople.Traveller t = people.get(a);
                arr.add(nextId++, seizureId, t.name(), t.nationality(), t.sex(), t.birthDate());
                arrests++;
              }
              String holder = officer + " (" + post.name() + ")";
              Instant held = at.plusSeconds(1800).truncatedTo(ChronoUnit.MICROS);
              String purpose = "seized at " + post.name();
              String hash =
                  SeizureRecording.custodyHash(
                      SeizureRecording.GENESIS,
                      new SeizureId(seizureId),
                      1,
                      holder,
                      post.agency().value(),
                      held,
                      null,
                      purpose,
                      officer);
              cus.add(
                  nextId++,
                  seizureId,
                  1,
                  holder,
                  post.agency().value(),
                  held,
                  null,
                  purpose,
                  officer,
                  held,
                  SeizureRecording.GENESIS,
                  hash);
              seizures++;
            }
            at = at.plusSeconds(60 + r.nextInt(600));
          }
          if (inspectionsWritten % 100_000 < stops && inspectionsWritten >= 100_000) {
            log.info("generate-demo: {} inspections", inspectionsWritten);
          }
        }
      }
      c.commit();
      if (c.isWrapperFor(PGConnection.class)) {
        try (var st = c.createStatement()) {
          st.execute("ANALYZE intd_inspection");
          st.execute("ANALYZE intd_person");
          st.execute("ANALYZE intd_seizure");
        }
        c.commit();
      }
    }
    return new Loaded(
        inspectionsWritten,
        personsWritten,
        seizures,
        arrests,
        listed,
        cannabis.setScale(1, RoundingMode.HALF_UP),
        heroin.setScale(1, RoundingMode.HALF_UP),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Takes a block of ids from the shared sequence: reads the next value and moves the sequence past
   * the block. Run it while nothing else writes (the demo command runs alone).
   */
  static long reserveIds(Connection c, long count) throws SQLException {
    long first;
    try (var st = c.createStatement();
        var rs = st.executeQuery("SELECT nextval('kuzet_seq')")) {
      rs.next();
      first = rs.getLong(1);
    }
    try (var st = c.createStatement()) {
      st.execute("ALTER SEQUENCE kuzet_seq RESTART WITH " + (first + count + 1));
    }
    return first;
  }

  private Vehicle vehicle(SplittableRandom r, int route, LocalDate today) {
    Route rt = ROUTES.get(route);
    String first = rt.posts().get(0);
    int roll = r.nextInt(100);
    String country;
    if (first.startsWith("BCP-KORDAY")
        || first.startsWith("BCP-AISHA")
        || first.startsWith("BCP-SARTOBE")
        || first.startsWith("BCP-AUKHATTY")
        || first.startsWith("BCP-KEGEN")) {
      country = roll < 50 ? "KZ" : roll < 88 ? "KG" : roll < 96 ? "RU" : "TJ";
    } else if (first.equals("BCP-TEMIR-BABA")) {
      country = roll < 60 ? "KZ" : "TM";
    } else {
      country = roll < 50 ? "KZ" : roll < 85 ? "UZ" : roll < 95 ? "RU" : "TJ";
    }
    int t = r.nextInt(100);
    String type = t < 45 ? "TRUCK" : t < 85 ? "CAR" : t < 96 ? "VAN" : "BUS";
    String make =
        switch (type) {
          case "TRUCK" -> pick(r, TRUCK_MAKES);
          case "VAN" -> pick(r, VAN_MAKES);
          case "BUS" -> pick(r, BUS_MAKES);
          default -> pick(r, CAR_MAKES);
        };
    String plate = plate(r, country);
    return new Vehicle(
        plate,
        Plates.normalise(plate),
        country,
        type,
        make,
        route,
        DemoPeople.next(r, country, today));
  }

  /** The stored code (ISO alpha-3) of a country the generator names by its two letters. */
  private static String iso3(String iso2) {
    return Countries.code(iso2).orElseThrow();
  }

  /**
   * A plate in the country's format, spaced as it is painted; Russian and Kazakh ones sometimes
   * typed in Cyrillic.
   */
  public static String plate(SplittableRandom r, String country) {
    String look = "ABEKMHOPCTYX";
    String any = "ABCDEFGHJKLMNPRSTUVWXYZ";
    return switch (country) {
      case "KZ" ->
          digits3(r) + " " + letters(r, any, 3) + " " + String.format("%02d", 1 + r.nextInt(17));
      case "RU" ->
          letters(r, look, 1)
              + " "
              + digits3(r)
              + " "
              + letters(r, look, 2)
              + " "
              + (r.nextBoolean()
                  ? String.format("%02d", 2 + r.nextInt(90))
                  : "1" + String.format("%02d", r.nextInt(100)));
      case "KG" ->
          String.format("%02d", 1 + r.nextInt(9)) + " " + digits3(r) + " " + letters(r, any, 3);
      case "UZ" ->
          String.format("%02d", 1 + r.nextInt(95))
              + " "
              + letters(r, any, 1)
              + " "
              + digits3(r)
              + " "
              + letters(r, any, 2);
      default -> digits3(r) + letters(r, any, 2) + String.format("%02d", r.nextInt(100));
    };
  }

  private static String digits3(SplittableRandom r) {
    return String.format("%03d", r.nextInt(1000));
  }

  private static String letters(SplittableRandom r, String from, int n) {
    var sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(from.charAt(r.nextInt(from.length())));
    }
    return sb.toString();
  }

  private static int pickRoute(SplittableRandom r, int total) {
    int x = r.nextInt(total);
    for (int i = 0; i < ROUTES.size(); i++) {
      x -= ROUTES.get(i).weight();
      if (x < 0) {
        return i;
      }
    }
    return 0;
  }

  /** Some vehicles (regular freight) pass far more often than others. */
  private static int zipf(SplittableRandom r, int n) {
    double u = r.nextDouble();
    return (int) Math.min(n - 1, Math.floor(n * u * u * u));
  }

  private static Instant tripStart(SplittableRandom r, LocalDate first, int days) {
    LocalDate day;
    do {
      day = first.plusDays(r.nextInt(days));
    } while (r.nextDouble() * 1.2 > MONTH[day.getMonthValue() - 1]);
    // Daytime traffic: most trips start between 06:00 and 20:00.
    int hour = r.nextInt(100) < 85 ? 6 + r.nextInt(14) : r.nextInt(24);
    return ZonedDateTime.of(day, LocalTime.of(hour, r.nextInt(60)), ALMATY).toInstant();
  }

  /** Road distance (great circle times 1.25) at 55-80 km/h, with stops. */
  static Duration travel(SplittableRandom r, Post a, Post b) {
    double km = 1.25 * haversine(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    double hours = km / (55 + r.nextInt(26)) + r.nextDouble() * 1.5;
    return Duration.ofMinutes(Math.max(20, Math.round(hours * 60)));
  }

  static double haversine(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 6371 * 2 * Math.asin(Math.sqrt(h));
  }

  private static String resultOf(SplittableRandom r) {
    int x = r.nextInt(1000);
    return x < 905 ? "CLEARED" : x < 990 ? "SEARCHED" : "DETAINED";
  }

  private static int passengers(SplittableRandom r, String type) {
    int x = r.nextInt(100);
    if (type.equals("BUS")) {
      return 3;
    }
    if (type.equals("TRUCK")) {
      return x < 70 ? 0 : 1;
    }
    return x < 45 ? 0 : x < 75 ? 1 : x < 90 ? 2 : 3;
  }

  /**
   * Drug, quantity and unit of one seizure. Log-normal sizes: herbal cannabis mostly kilograms with
   * rare loads of a tonne or more; heroin usually one to five kilograms, sometimes tens.
   */
  private static Object[] drugAndQuantity(SplittableRandom r, int month) {
    int x = r.nextInt(1000);
    double harvest = CANNABIS_MONTH[month];
    if (x < 560 * Math.min(1.3, harvest)) {
      return new Object[] {"HERBAL_CANNABIS", kg(lognormal(r, Math.log(8), 1.9), 3000), "KG"};
    }
    if (x < 700) {
      return new Object[] {"HASHISH", kg(lognormal(r, Math.log(2), 1.4), 800), "KG"};
    }
    if (x < 900) {
      return new Object[] {"HEROIN", kg(lognormal(r, Math.log(1.8), 1.2), 400), "KG"};
    }
    if (x < 950) {
      return new Object[] {"OPIUM", kg(lognormal(r, Math.log(3), 1.2), 500), "KG"};
    }
    if (x < 985) {
      return new Object[] {
        "SYNTHETIC",
        BigDecimal.valueOf(Math.max(1, Math.round(lognormal(r, Math.log(150), 1.5)))),
        "UNITS"
      };
    }
    return new Object[] {"PRECURSORS", kg(lognormal(r, Math.log(40), 1.3), 20000), "L"};
  }

  private static double lognormal(SplittableRandom r, double mu, double sigma) {
    // Box-Muller on the seeded generator keeps runs reproducible.
    double u1 = Math.max(1e-12, r.nextDouble()), u2 = r.nextDouble();
    double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.exp(mu + sigma * z);
  }

  private static BigDecimal kg(double v, double cap) {
    return BigDecimal.valueOf(Math.min(cap, Math.max(0.05, v))).setScale(3, RoundingMode.HALF_UP);
  }

  private static String pick(SplittableRandom r, String[] from) {
    return from[r.nextInt(from.length)];
  }
}
