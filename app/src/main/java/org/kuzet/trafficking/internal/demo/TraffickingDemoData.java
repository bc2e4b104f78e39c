package org.kuzet.trafficking.internal.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.trafficking.VictimCaseId;
import org.kuzet.trafficking.internal.Answer;
import org.kuzet.trafficking.internal.Assessment;
import org.kuzet.trafficking.internal.CaseRules;
import org.kuzet.trafficking.internal.CaseStatus;
import org.kuzet.trafficking.internal.Cases;
import org.kuzet.trafficking.internal.EventKind;
import org.kuzet.trafficking.internal.ExploitationType;
import org.kuzet.trafficking.internal.Gender;
import org.kuzet.trafficking.internal.IdentificationInterview;
import org.kuzet.trafficking.internal.Indicator;
import org.kuzet.trafficking.internal.MeansOfControl;
import org.kuzet.trafficking.internal.NewCase;
import org.kuzet.trafficking.internal.NewEvent;
import org.kuzet.trafficking.internal.RecruiterRelationship;
import org.kuzet.trafficking.internal.RecruitmentMethod;
import org.kuzet.trafficking.internal.ReferralId;
import org.kuzet.trafficking.internal.ReferralService;
import org.kuzet.trafficking.internal.ReferralStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Illustrative victim cases for the demo installation: invented people, marked illustrative on
 * every page, stored encrypted exactly like real cases. Enough of them that some statistics cells
 * reach the publication threshold and others are suppressed. Never runs in production.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "kuzet.demo.enabled", havingValue = "true")
class TraffickingDemoData implements ApplicationRunner {

  /**
   * Places of each country the demo's events happen in: a place always lies in its event's country.
   */
  private static final Map<String, String[]> PLACES =
      Map.of(
          "KAZ", new String[] {"Shymkent", "Taraz", "Almaty", "Astana", "Aktau"},
          "UZB", new String[] {"Tashkent", "Samarkand"},
          "KGZ", new String[] {"Osh", "Bishkek"},
          "TJK", new String[] {"Khujand", "Dushanbe"},
          "TKM", new String[] {"Ashgabat"},
          "RUS", new String[] {"Moscow", "Novosibirsk"},
          "TUR", new String[] {"Istanbul"},
          "ARE", new String[] {"Dubai"},
          "KOR", new String[] {"Seoul"},
          "CHN", new String[] {"Urumqi"});

  private static final Logger log = LoggerFactory.getLogger(TraffickingDemoData.class);

  static final String CASEWORKER = "caseworker.mp";

  /** Written as a caseworker here writes notes, in Russian: case notes are the worker's words. */
  static final String NOTE = "Демонстрационная запись: вымышленное лицо, не реальное дело.";

  /** Cases per year of registration. */
  private static final Map<Integer, Integer> PER_YEAR =
      Map.of(2023, 14, 2024, 20, 2025, 24, 2026, 14);

  private static final String[] FEMALE = {
    "Aigul",
    "Dinara",
    "Gulnara",
    "Zarina",
    "Nigora",
    "Madina",
    "Aizhan",
    "Malika",
    "Saltanat",
    "Dilnoza",
    "Aselya",
    "Nurgul"
  };
  private static final String[] MALE = {
    "Bakhyt",
    "Rustam",
    "Timur",
    "Azamat",
    "Sherzod",
    "Nursultan",
    "Farrukh",
    "Ermek",
    "Dilshod",
    "Askar"
  };
  private static final String[] FAMILY = {
    "Abdullaev",
    "Karimov",
    "Tursunov",
    "Bekov",
    "Usmanov",
    "Sultanov",
    "Rakhimov",
    "Ismailov",
    "Nazarov",
    "Zhumabaev"
  };

  private final JdbcClient jdbc;
  private final Cases cases;
  private final AuditLog audit;
  private final Clock clock;

  TraffickingDemoData(JdbcClient jdbc, Cases cases, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    long existing =
        jdbc.sql("SELECT COUNT(*) FROM tip_case WHERE illustrative = TRUE")
            .query(Long.class)
            .single();
    if (existing > 0) {
      return;
    }
    var random = new Random(2009);
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    int created = 0;
    for (var perYear : new TreeMap<>(PER_YEAR).entrySet()) {
      int year = perYear.getKey();
      for (int i = 0; i < perYear.getValue(); i++) {
        LocalDate identified = LocalDate.of(year, 1, 1).plusDays(random.nextInt(360));
        if (!identified.isBefore(today)) {
          identified = today.minusDays(1 + random.nextInt(30));
        }
        createCase(random, identified, today);
        created++;
      }
    }
    audit.recordFactsAs(
        "system", null, "TIP_DEMO_DATA", "tip_case", null, AuditDetail.of("tip.demo", created));
    log.warn(
        "DEMO INSTALLATION: created {} illustrative trafficking cases (invented people)", created);
  }

  private void createCase(Random random, LocalDate identified, LocalDate today) {
    boolean female = random.nextInt(100) < 72;
    int age = 14 + random.nextInt(40);
    LocalDate birth = identified.minusYears(age).minusDays(random.nextInt(360));
    String citizenship =
        pick(
            random,
            new String[] {
              "KAZ", "KAZ", "KAZ", "KAZ", "UZB", "UZB", "UZB", "KGZ", "KGZ", "TJK", "TJK", "TKM",
              "RUS"
            });
    boolean sexual = female && random.nextInt(100) < 45;
    var exploitation =
        EnumSet.of(sexual ? ExploitationType.SEXUAL_EXPLOITATION : ExploitationType.FORCED_LABOUR);
    if (!sexual && random.nextInt(100) < 8) {
      exploitation.add(ExploitationType.OTHER);
    }
    var control = EnumSet.noneOf(MeansOfControl.class);
    var answers = new EnumMap<Indicator, Answer>(Indicator.class);
    for (Indicator indicator : Indicator.values()) {
      answers.put(indicator, random.nextInt(100) < 15 ? Answer.UNKNOWN : Answer.NO);
    }
    answers.put(
        Indicator.DECEPTIVE_RECRUITMENT, yes(random, 80, control, MeansOfControl.FALSE_PROMISES));
    answers.put(
        Indicator.DOCUMENTS_CONFISCATED,
        yes(random, 60, control, MeansOfControl.WITHHOLDS_DOCUMENTS));
    answers.put(Indicator.DEBT_BONDAGE, yes(random, 45, control, MeansOfControl.DEBT_BONDAGE));
    answers.put(
        Indicator.RESTRICTED_MOVEMENT, yes(random, 40, control, MeansOfControl.RESTRICTS_MOVEMENT));
    answers.put(Indicator.THREATS_OR_VIOLENCE, yes(random, 35, control, MeansOfControl.THREATS));
    answers.put(
        Indicator.WITHHELD_WAGES,
        yes(random, sexual ? 30 : 70, control, MeansOfControl.TAKES_EARNINGS));
    answers.put(
        Indicator.EXCESSIVE_HOURS,
        yes(random, sexual ? 20 : 65, control, MeansOfControl.EXCESSIVE_WORKING_HOURS));
    answers.put(
        sexual ? Indicator.SEXUAL_EXPLOITATION : Indicator.FORCED_LABOUR,
        random.nextInt(100) < 85 ? Answer.YES : Answer.UNKNOWN);
    answers.put(Indicator.MINOR, age < 18 ? Answer.YES : Answer.NO);
    var recruitment =
        EnumSet.of(
            pick(
                random,
                new RecruitmentMethod[] {
                  RecruitmentMethod.JOB_OFFER, RecruitmentMethod.JOB_OFFER,
                      RecruitmentMethod.JOB_OFFER,
                  RecruitmentMethod.INTERNET, RecruitmentMethod.INTERNET,
                      RecruitmentMethod.FAMILIAL,
                  RecruitmentMethod.INTIMATE_PARTNER, RecruitmentMethod.WORK
                }));
    var relationship =
        pick(
            random,
            new RecruiterRelationship[] {
              RecruiterRelationship.OTHER, RecruiterRelationship.OTHER,
                  RecruiterRelationship.FRIEND,
              RecruiterRelationship.FRIEND, RecruiterRelationship.FAMILY,
                  RecruiterRelationship.INTIMATE_PARTNER,
              RecruiterRelationship.UNKNOWN
            });
    LocalDate recruited = identified.minusDays(60 + random.nextInt(600));
    LocalDate transit = recruited.plusDays(2 + random.nextInt(20));
    LocalDate exploited = transit.plusDays(1 + random.nextInt(10));
    String exploitationCountry =
        pick(
            random,
            new String[] {"KAZ", "KAZ", "KAZ", "KAZ", "RUS", "RUS", "TUR", "ARE", "KOR", "CHN"});
    var events =
        List.of(
            new NewEvent(
                EventKind.RECRUITMENT,
                recruited,
                citizenship,
                pick(random, places(citizenship)),
                null),
            new NewEvent(
                EventKind.TRANSIT,
                transit,
                "KAZ",
                pick(
                    random,
                    new String[] {
                      "Zhibek Zholy crossing", "Kordai crossing", "Almaty bus station"
                    }),
                null),
            new NewEvent(
                EventKind.EXPLOITATION,
                exploited,
                exploitationCountry,
                pick(random, places(exploitationCountry)),
                null));
    String given = female ? pick(random, FEMALE) : pick(random, MALE);
    String family = pick(random, FAMILY) + (female ? "a" : "");
    var c =
        new NewCase(
            true,
            identified,
            identified,
            given,
            family,
            birth,
            null,
            "N" + (10000000 + random.nextInt(89999999)),
            "+7 7"
                + (10 + random.nextInt(89))
                + " "
                + (100 + random.nextInt(899))
                + " "
                + (1000 + random.nextInt(8999)),
            "Migration Police office, "
                + pick(random, new String[] {"Almaty", "Shymkent", "Karaganda", "Astana"}),
            NOTE,
            female
                ? Gender.FEMALE
                : (random.nextInt(30) == 0 ? Gender.TRANSGENDER_NONCONFORMING : Gender.MALE),
            citizenship,
            relationship,
            recruitment,
            control,
            exploitation,
            answers,
            events);
    var problems = CaseRules.check(c, today);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("illustrative case is invalid: " + problems);
    }
    Assessment assessment = IdentificationInterview.assess(c.answers(), c.effectiveAge());
    Instant at = identified.atTime(10, 0).toInstant(ZoneOffset.UTC);
    VictimCaseId id =
        cases.insert(c, AgencyCode.MIGRATION_POLICE, assessment.level(), CASEWORKER, true, at);
    // Referred: four cases in five at random, and every case older than 200 days (closed).
    // Assistance
    // is offered to each victim, so a closed year has no case left unreferred; with a few
    // unreferred cases in a year, that small count would be suppressed together with the year's
    // referrals (they add up to the victims identified), leaving the referrals chart of the
    // results nothing to draw. The older cases draw their extra referrals from their own
    // sequence, so the rest of the demo stays as it was.
    boolean referredAtRandom = random.nextInt(100) < 80;
    boolean older = !identified.isAfter(today.minusDays(200));
    if (referredAtRandom || older) {
      Random draws = referredAtRandom ? random : new Random(id.value());
      var services =
          new ArrayList<>(
              List.of(
                  ReferralService.SHELTER,
                  ReferralService.MEDICAL,
                  ReferralService.LEGAL,
                  ReferralService.RETURN,
                  ReferralService.PSYCHOSOCIAL));
      int count = 1 + draws.nextInt(2);
      for (int k = 0; k < count; k++) {
        var service = services.remove(draws.nextInt(services.size()));
        LocalDate on = identified.plusDays(draws.nextInt(5));
        if (on.isAfter(today)) {
          on = today;
        }
        ReferralId referral =
            cases.insertReferral(id, service, providerFor(service), on, CASEWORKER, at);
        boolean recent = identified.isAfter(today.minusDays(200));
        if (!recent) {
          cases.changeReferralStatus(
              referral, ReferralStatus.ACCEPTED, null, CASEWORKER, at.plusSeconds(86400));
          cases.changeReferralStatus(
              referral, ReferralStatus.COMPLETED, null, CASEWORKER, at.plusSeconds(86400 * 30L));
        } else if (draws.nextBoolean()) {
          cases.changeReferralStatus(
              referral, ReferralStatus.IN_PROGRESS, null, CASEWORKER, at.plusSeconds(86400));
        }
      }
      if (!identified.isAfter(today.minusDays(200))) {
        cases.close(id, CaseStatus.CLOSED_REFERRED, at.plusSeconds(86400 * 40L));
      }
    }
  }

  private static String providerFor(ReferralService service) {
    return switch (service) {
      case SHELTER -> "Illustrative crisis centre, Almaty";
      case MEDICAL -> "Illustrative city polyclinic";
      case LEGAL -> "Illustrative legal aid clinic";
      case RETURN -> "Illustrative assisted voluntary return programme";
      case PSYCHOSOCIAL -> "Illustrative psychosocial support service";
      case REINTEGRATION -> "Illustrative reintegration programme";
    };
  }

  private static Answer yes(
      Random random, int percent, Set<MeansOfControl> control, MeansOfControl means) {
    if (random.nextInt(100) < percent) {
      control.add(means);
      return Answer.YES;
    }
    return Answer.NO;
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String[] places(String country) {
    return Objects.requireNonNull(PLACES.get(country), () -> "no demo places in " + country);
  }
}
