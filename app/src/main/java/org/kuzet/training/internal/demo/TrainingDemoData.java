package org.kuzet.training.internal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.kuzet.identity.AgencyCode;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.training.SessionId;
import org.kuzet.training.internal.Center;
import org.kuzet.training.internal.CenterId;
import org.kuzet.training.internal.Centers;
import org.kuzet.training.internal.CompletionRule;
import org.kuzet.training.internal.Course;
import org.kuzet.training.internal.CourseId;
import org.kuzet.training.internal.Courses;
import org.kuzet.training.internal.Enrolment;
import org.kuzet.training.internal.EnrolmentId;
import org.kuzet.training.internal.Enrolments;
import org.kuzet.training.internal.FiscalYears;
import org.kuzet.training.internal.Gender;
import org.kuzet.training.internal.ProgramEquipment;
import org.kuzet.training.internal.SessionManagement;
import org.kuzet.training.internal.SessionManagement.Nominee;
import org.kuzet.training.internal.Sessions;
import org.kuzet.training.internal.Trainee;
import org.kuzet.training.internal.Trainees;
import org.kuzet.training.internal.TrainingSession;
import org.kuzet.training.internal.TrainingSession.SessionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training centers and courses of the January 2009 INL fact sheet for Kazakhstan — the Anti-TIP
 * Center at the MOI Legal Institute in Karaganda (about 30 officers a session, five sessions a year
 * planned, curriculum revision for cadets underway), AML investigation courses at the Financial
 * Police Academy (latest session February 2007) and the Border Guard Academy — with a history of
 * sessions and trainees that is illustrative and marked so. Runs once per database.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "kuzet.demo.enabled", havingValue = "true")
public class TrainingDemoData implements ApplicationRunner {

  public static final String TIP_CENTER = "ANTI-TIP-KARAGANDA";
  static final AgencyCode MOI_POLICE = AgencyCode.of("MOI_POLICE");

  private static final Logger log = LoggerFactory.getLogger(TrainingDemoData.class);

  private final Centers centers;
  private final Courses courses;
  private final Sessions sessions;
  private final Enrolments enrolments;
  private final Trainees trainees;
  private final SessionManagement management;
  private final AuditLog audit;
  private final ProgramEquipment equipment;
  private final Clock clock;
  private final Random random = new Random(2009);

  TrainingDemoData(
      Centers centers,
      Courses courses,
      Sessions sessions,
      Enrolments enrolments,
      Trainees trainees,
      SessionManagement management,
      AuditLog audit,
      ProgramEquipment equipment,
      @Qualifier("trainingClock") Clock clock) {
    this.centers = centers;
    this.courses = courses;
    this.sessions = sessions;
    this.enrolments = enrolments;
    this.trainees = trainees;
    this.management = management;
    this.audit = audit;
    this.equipment = equipment;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (centers.findByCode(TIP_CENTER).isPresent()) {
      translateNames();
      return;
    }
    CenterId tip =
        centers.insert(
            new Center(
                new CenterId(0),
                TIP_CENTER,
                "Anti-Trafficking in Persons Center",
                "Legal Institute of the Ministry of Internal Affairs",
                "Karaganda",
                AgencyCode.MOI_LEGAL_INSTITUTE,
                3,
                60,
                30,
                5,
                "Created by INL within the MOI Legal Institute to train Migration Police and MOI police to"
                    + " identify and combat trafficking. INL rehabilitated and equipped classrooms and offices and"
                    + " furnished two floors of a dormitory for in-service training; the MOI provides the space and"
                    + " three staff. Numbers of classrooms and beds are illustrative.",
                false,
                null,
                null));
    CenterId fpa =
        centers.insert(
            new Center(
                new CenterId(0),
                "FIN-POLICE-ACADEMY",
                "Financial Police Academy",
                "Academy of the Financial Police",
                "Almaty",
                AgencyCode.FINANCIAL_POLICE,
                2,
                0,
                25,
                4,
                "Venue for teaching AML investigation skills to financial crimes investigators and analysts, in"
                    + " rooms INL helped to rehabilitate and equip. Room count and capacity are illustrative.",
                false,
                null,
                null));
    CenterId bga =
        centers.insert(
            new Center(
                new CenterId(0),
                "BORDER-GUARD-ACADEMY",
                "Border Guard Academy",
                "Border Guard Academy",
                "Almaty",
                AgencyCode.BORDER_GUARDS,
                4,
                40,
                25,
                2,
                "Academy-to-academy relationship with the U.S. CBP Academy (Glynco) and Border Patrol Academy"
                    + " (Artesia) since May 2007. Figures are illustrative.",
                true,
                null,
                null));
    // Equipment the program office's register holds for each center (the program's demo data).
    for (CenterId center : List.of(tip, fpa, bga)) {
      var c = centers.find(center).orElseThrow();
      for (var item : equipment.candidates(c)) {
        String description = item.item() + (item.model() == null ? "" : " (" + item.model() + ")");
        centers.addEquipment(
            center, ProgramEquipment.refOf(item), description, item.handoverDate());
      }
    }

    CourseId tipCourse =
        courses.insert(
            new Course(
                new CourseId(0),
                "TIP-INSERVICE",
                tip,
                "Identifying and combating trafficking in persons",
                "Victim identification, investigation and referral of trafficking cases",
                "KZ-TIP",
                "Migration Police and MOI police officers",
                40,
                CompletionRule.DEFAULT,
                false,
                null,
                null));
    long tipV1 =
        courses.addVersion(
            tipCourse, "First in-service curriculum of the Anti-TIP Center (illustrative).", clock);
    courses.approve(
        tipV1, "Academic council, MOI Legal Institute (illustrative)", LocalDate.of(2007, 9, 14));
    courses.addVersion(
        tipCourse,
        "Revision underway to provide cadets with professional instruction during their course of study.",
        clock);
    CourseId cadetCourse =
        courses.insert(
            new Course(
                new CourseId(0),
                "TIP-CADETS",
                tip,
                "Trafficking in persons for cadets",
                "Professional instruction on trafficking within the cadet course of study",
                "KZ-TIP",
                "Cadets of the MOI Legal Institute",
                24,
                CompletionRule.DEFAULT,
                true,
                null,
                null));
    courses.addVersion(
        cadetCourse, "Draft cadet module, part of the curriculum revision (illustrative).", clock);

    CourseId amlInv =
        courses.insert(
            new Course(
                new CourseId(0),
                "AML-INVESTIGATION",
                fpa,
                "AML investigation skills for financial crimes investigators",
                "Money-laundering and terrorist-financing investigations",
                "KZ-AML",
                "Financial Police and Prosecutor General's Office investigators",
                40,
                new CompletionRule(80, new BigDecimal("65")),
                false,
                null,
                null));
    long amlInvV1 =
        courses.addVersion(
            amlInv, "Training program prepared by INL for financial crimes investigators.", clock);
    courses.approve(
        amlInvV1, "INL and Financial Police Academy (illustrative)", LocalDate.of(2005, 10, 3));
    CourseId amlAn =
        courses.insert(
            new Course(
                new CourseId(0),
                "AML-ANALYSIS",
                fpa,
                "Financial analysis for AML analysts",
                "Analysis of suspicious transactions and money flows",
                "KZ-AML",
                "Financial Police analysts",
                32,
                new CompletionRule(80, new BigDecimal("65")),
                false,
                null,
                null));
    long amlAnV1 =
        courses.addVersion(
            amlAn, "Training program prepared by INL for financial analysts.", clock);
    courses.approve(
        amlAnV1, "INL and Financial Police Academy (illustrative)", LocalDate.of(2005, 10, 3));

    CourseId border =
        courses.insert(
            new Course(
                new CourseId(0),
                "BORDER-MANAGEMENT",
                bga,
                "Border security management",
                "Institutional change in border security management",
                "KZ-BS",
                "Border Guard officers and academy instructors",
                40,
                CompletionRule.DEFAULT,
                true,
                null,
                null));
    long borderV1 =
        courses.addVersion(
            border,
            "Built on the May 2007 visits to the CBP and Border Patrol academies (illustrative).",
            clock);
    courses.approve(
        borderV1, "Director, Border Guard Academy (illustrative)", LocalDate.of(2007, 11, 1));

    centers.plan(fpa, 2006, 4);
    centers.plan(fpa, 2007, 4);
    centers.plan(tip, 2008, 5);
    centers.plan(tip, 2009, 5);
    centers.plan(bga, 2008, 2);

    int officersTotal = 0;
    // Financial Police Academy: AML sessions up to the latest one, in February 2007.
    officersTotal +=
        held(amlInv, fpa, amlInvV1, LocalDate.of(2005, 11, 14), 5, 22, 0.4, FP_AND_PGO);
    officersTotal += held(amlAn, fpa, amlAnV1, LocalDate.of(2006, 3, 13), 4, 16, 0.45, FP_ONLY);
    officersTotal += held(amlInv, fpa, amlInvV1, LocalDate.of(2006, 6, 5), 5, 24, 0.4, FP_AND_PGO);
    officersTotal += held(amlAn, fpa, amlAnV1, LocalDate.of(2006, 10, 16), 4, 18, 0.45, FP_ONLY);
    officersTotal += held(amlInv, fpa, amlInvV1, LocalDate.of(2007, 2, 12), 5, 25, 0.4, FP_AND_PGO);
    // Anti-TIP Center: four of five planned sessions held in FY2008, two so far in FY2009.
    officersTotal +=
        held(tipCourse, tip, tipV1, LocalDate.of(2007, 11, 12), 5, 28, 0.35, TIP_AGENCIES);
    officersTotal +=
        held(tipCourse, tip, tipV1, LocalDate.of(2008, 2, 18), 5, 30, 0.35, TIP_AGENCIES);
    officersTotal +=
        held(tipCourse, tip, tipV1, LocalDate.of(2008, 4, 14), 5, 29, 0.35, TIP_AGENCIES);
    officersTotal +=
        held(tipCourse, tip, tipV1, LocalDate.of(2008, 6, 9), 5, 30, 0.35, TIP_AGENCIES);
    SessionId cancelled = session(tipCourse, tip, tipV1, LocalDate.of(2008, 9, 8), 5);
    sessions.markCancelled(cancelled);
    officersTotal +=
        held(tipCourse, tip, tipV1, LocalDate.of(2008, 10, 20), 5, 30, 0.35, TIP_AGENCIES);
    officersTotal +=
        held(tipCourse, tip, tipV1, LocalDate.of(2008, 12, 8), 5, 27, 0.35, TIP_AGENCIES);
    // Border Guard Academy.
    officersTotal += held(border, bga, borderV1, LocalDate.of(2008, 5, 19), 5, 16, 0.1, BG_ONLY);

    // Two sessions ahead of today, so coordinators see what is coming.
    LocalDate monday =
        LocalDate.now(clock).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    SessionId next = session(tipCourse, tip, tipV1, monday, 5);
    var s = sessions.find(next).orElseThrow();
    for (int i = 0; i < 12; i++) {
      enrol(s, nominee(TIP_AGENCIES, 0.35));
    }
    session(tipCourse, tip, tipV1, monday.plusWeeks(10), 5);
    centers.plan(tip, FiscalYears.of(monday), 5);

    translateNames();
    audit.recordFacts(
        "TRAINING_DEMO_DATA_CREATED",
        "training-center",
        tip,
        AuditDetail.of("training.demo", officersTotal));
    log.warn(
        "DEMO INSTALLATION: created 3 training centers, 5 courses and {} illustrative trainees",
        officersTotal);
  }

  /**
   * The centers' and courses' Russian and Kazakh names and texts, given to the demo records (also
   * to those of a demo database created before names were translated) unless they have their own.
   */
  private void translateNames() {
    CENTER_NAMES.forEach((code, n) -> centers.translateIfUntranslated(code, n.get(0), n.get(1)));
    CENTER_PLACES.forEach(
        (code, p) ->
            centers.translatePlaceIfUntranslated(code, p.get(0), p.get(1), p.get(2), p.get(3)));
    COURSE_TITLES.forEach((code, n) -> courses.translateIfUntranslated(code, n.get(0), n.get(1)));
    CENTER_NOTES.forEach(
        (code, n) -> centers.translateNotesIfUntranslated(code, n.get(0), n.get(1)));
    COURSE_TEXTS.forEach(
        (code, t) ->
            courses.translateTextsIfUntranslated(code, t.get(0), t.get(1), t.get(2), t.get(3)));
  }

  /** Each center's notes in Russian and Kazakh. */
  private static final Map<String, List<String>> CENTER_NOTES =
      Map.of(
          TIP_CENTER,
          List.of(
              "Создан INL при Юридическом институте МВД для обучения сотрудников миграционной полиции и"
                  + " полиции МВД выявлению торговли людьми и борьбе с ней. INL отремонтировал и оснастил"
                  + " учебные классы и кабинеты и обставил мебелью два этажа общежития для курсов повышения"
                  + " квалификации; МВД предоставляет помещения и трёх сотрудников. Число классов и мест в"
                  + " общежитии приведено для иллюстрации.",
              "INL ІІМ Заң институтының жанынан көші-қон полициясы мен ІІМ полициясының қызметкерлерін"
                  + " адам саудасын анықтауға және оған қарсы күресуге оқыту үшін құрды. INL біліктілікті"
                  + " арттыру курстары үшін оқу сыныптары мен кабинеттерді жөндеп, жабдықтады және"
                  + " жатақхананың екі қабатын жиһазбен жарақтандырды; ІІМ үй-жай мен үш қызметкер"
                  + " бөледі. Сыныптар мен жатақхана орындарының саны мысал ретінде келтірілген."),
          "FIN-POLICE-ACADEMY",
          List.of(
              "Здесь следователей и аналитиков по финансовым преступлениям обучают навыкам"
                  + " расследования отмывания денег — в помещениях, которые INL помог отремонтировать и"
                  + " оснастить. Число помещений и вместимость приведены для иллюстрации.",
              "Мұнда қаржылық қылмыстар жөніндегі тергеушілер мен талдаушыларды ақшаны жылыстатуды"
                  + " тергеу дағдыларына оқытады; үй-жайларды жөндеп, жабдықтауға INL көмектесті."
                  + " Үй-жайлар саны мен сыйымдылығы мысал ретінде келтірілген."),
          "BORDER-GUARD-ACADEMY",
          List.of(
              "С мая 2007 года академия сотрудничает с Академией таможенной и пограничной охраны США"
                  + " (Глинко) и Академией пограничного патруля (Артижа). Цифры приведены для"
                  + " иллюстрации.",
              "Академия 2007 жылдың мамырынан бері АҚШ Кеден және шекара қорғау академиясымен"
                  + " (Глинко) және Шекара патрулі академиясымен (Артижа) ынтымақтасады. Сандар мысал"
                  + " ретінде келтірілген."));

  /** Each course's topic in Russian and Kazakh, then its target audience in Russian and Kazakh. */
  private static final Map<String, List<String>> COURSE_TEXTS =
      Map.of(
          "TIP-INSERVICE",
          List.of(
              "Выявление жертв, расследование дел о торговле людьми и направление их по"
                  + " подведомственности",
              "Құрбандарды анықтау, адам саудасы істерін тергеу және оларды қарауға жолдау",
              "Сотрудники миграционной полиции и полиции МВД",
              "Көші-қон полициясы мен ІІМ полициясының қызметкерлері"),
          "TIP-CADETS",
          List.of(
              "Профессиональная подготовка по противодействию торговле людьми в ходе курсантского"
                  + " обучения",
              "Курсанттық оқу барысында адам саудасына қарсы іс-қимыл бойынша кәсіби даярлық",
              "Курсанты Юридического института МВД",
              "ІІМ Заң институтының курсанттары"),
          "AML-INVESTIGATION",
          List.of(
              "Расследование отмывания денег и финансирования терроризма",
              "Ақшаны жылыстату мен терроризмді қаржыландыруды тергеу",
              "Следователи финансовой полиции и Генеральной прокуратуры",
              "Қаржы полициясы мен Бас прокуратураның тергеушілері"),
          "AML-ANALYSIS",
          List.of(
              "Анализ подозрительных операций и движения денежных средств",
              "Күдікті операциялар мен ақша қаражатының қозғалысын талдау",
              "Аналитики финансовой полиции",
              "Қаржы полициясының талдаушылары"),
          "BORDER-MANAGEMENT",
          List.of(
              "Институциональные преобразования в управлении безопасностью границ",
              "Шекара қауіпсіздігін басқарудағы институционалдық өзгерістер",
              "Офицеры пограничной службы и преподаватели академии",
              "Шекара қызметінің офицерлері мен академия оқытушылары"));

  private static final Map<String, List<String>> CENTER_NAMES =
      Map.of(
          TIP_CENTER,
          List.of("Центр по борьбе с торговлей людьми", "Адам саудасына қарсы күрес орталығы"),
          "FIN-POLICE-ACADEMY",
          List.of("Академия финансовой полиции", "Қаржы полициясы академиясы"),
          "BORDER-GUARD-ACADEMY",
          List.of("Академия пограничной службы", "Шекара қызметі академиясы"));

  /** Each center's venue in Russian and Kazakh, then its city in Russian and Kazakh. */
  private static final Map<String, List<String>> CENTER_PLACES =
      Map.of(
          TIP_CENTER,
          List.of(
              "Карагандинский юридический институт МВД",
              "ІІМ Қарағанды заң институты",
              "Караганда",
              "Қарағанды"),
          "FIN-POLICE-ACADEMY",
          List.of("Академия финансовой полиции", "Қаржы полициясы академиясы", "Алматы", "Алматы"),
          "BORDER-GUARD-ACADEMY",
          List.of("Академия пограничной службы", "Шекара қызметі академиясы", "Алматы", "Алматы"));

  private static final Map<String, List<String>> COURSE_TITLES =
      Map.of(
          "TIP-INSERVICE",
          List.of(
              "Выявление торговли людьми и борьба с ней",
              "Адам саудасын анықтау және оған қарсы күрес"),
          "TIP-CADETS",
          List.of(
              "Противодействие торговле людьми: курс для курсантов",
              "Адам саудасына қарсы іс-қимыл: курсанттарға арналған курс"),
          "AML-INVESTIGATION",
          List.of(
              "Навыки расследования отмывания денег для следователей по финансовым преступлениям",
              "Қаржылық қылмыстарды тергеушілерге арналған ақшаны жылыстатуды тергеу дағдылары"),
          "AML-ANALYSIS",
          List.of(
              "Финансовый анализ для аналитиков по ПОД",
              "AML талдаушыларына арналған қаржылық талдау"),
          "BORDER-MANAGEMENT",
          List.of("Управление безопасностью границ", "Шекара қауіпсіздігін басқару"));

  private static final List<AgencyCode> TIP_AGENCIES =
      List.of(
          AgencyCode.MIGRATION_POLICE,
          AgencyCode.MIGRATION_POLICE,
          AgencyCode.MIGRATION_POLICE,
          MOI_POLICE,
          MOI_POLICE);
  private static final List<AgencyCode> FP_AND_PGO =
      List.of(
          AgencyCode.FINANCIAL_POLICE,
          AgencyCode.FINANCIAL_POLICE,
          AgencyCode.FINANCIAL_POLICE,
          AgencyCode.PROSECUTOR_GENERAL);
  private static final List<AgencyCode> FP_ONLY = List.of(AgencyCode.FINANCIAL_POLICE);
  private static final List<AgencyCode> BG_ONLY = List.of(AgencyCode.BORDER_GUARDS);

  private SessionId session(
      CourseId course, CenterId center, long version, LocalDate start, int days) {
    return sessions.insert(
        new TrainingSession(
            new SessionId(0),
            course,
            center,
            version,
            start,
            start.plusDays(days - 1L),
            30,
            SessionStatus.SCHEDULED,
            null,
            true),
        clock.instant());
  }

  /** A past session: nominees, attendance, scores, then completion through the real rule. */
  private int held(
      CourseId course,
      CenterId center,
      long version,
      LocalDate start,
      int days,
      int officers,
      double women,
      List<AgencyCode> agencies) {
    SessionId id = session(course, center, version, start, days);
    var s = sessions.find(id).orElseThrow();
    var marks = new ArrayList<Object[]>();
    for (int i = 0; i < officers; i++) {
      EnrolmentId enrolment = enrol(s, nominee(agencies, women));
      int absent = random.nextInt(100) < 85 ? 0 : 1 + random.nextInt(2);
      for (LocalDate d : s.days()) {
        marks.add(
            new Object[] {
              enrolment.value(), d, !(absent > 0 && d.getDayOfMonth() % days < absent)
            });
      }
      enrolments.setScores(
          enrolment,
          BigDecimal.valueOf(35 + random.nextInt(36)),
          BigDecimal.valueOf(58 + random.nextInt(41)));
    }
    enrolments.insertPresence(marks);
    management.close(s, s.endsOn());
    return officers;
  }

  /**
   * Demo nominees go straight in (the sessions are below capacity): one audit entry covers them
   * all.
   */
  private EnrolmentId enrol(TrainingSession s, Nominee n) {
    long trainee =
        trainees.insert(
            new Trainee(
                0,
                n.agency(),
                n.serviceNumber(),
                n.fullName(),
                n.gender(),
                n.rankTitle(),
                n.cadet()),
            true);
    return enrolments.insert(
        s.id(), trainee, n.agency(), Enrolment.Status.ENROLLED, clock.instant());
  }

  private int serial = 1000;

  private Nominee nominee(List<AgencyCode> agencies, double women) {
    AgencyCode agency = agencies.get(random.nextInt(agencies.size()));
    boolean female = random.nextDouble() < women;
    String surname = pick(SURNAMES);
    String name =
        (female ? feminine(surname) : surname)
            + " "
            + pick(female ? WOMEN : MEN)
            + " "
            + pick(PATRONYMIC_STEMS)
            + (female ? "овна" : "ович");
    return new Nominee(
        agency,
        prefix(agency) + "-" + (serial++),
        name,
        female ? Gender.F : Gender.M,
        pick(RANKS),
        false);
  }

  private static String prefix(AgencyCode agency) {
    return switch (agency.value()) {
      case "MIGRATION_POLICE" -> "MP";
      case "MOI_POLICE" -> "MVD";
      case "FINANCIAL_POLICE" -> "FP";
      case "PGO" -> "GP";
      case "BORDER_GUARDS" -> "PS";
      default -> "X";
    };
  }

  private static String feminine(String surname) {
    return surname.endsWith("ий")
        ? surname.substring(0, surname.length() - 2) + "ая"
        : surname + "а";
  }

  private String pick(List<String> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static final List<String> SURNAMES =
      List.of(
          "Ахметов",
          "Сейтказиев",
          "Нурпеисов",
          "Жумабаев",
          "Касымов",
          "Иванов",
          "Петров",
          "Смагулов",
          "Омаров",
          "Байжанов",
          "Тулегенов",
          "Кузнецов",
          "Абдрахманов",
          "Искаков",
          "Мукашев",
          "Есенов",
          "Сарсенбаев",
          "Ким",
          "Алимжанов",
          "Бекмуханов");
  private static final List<String> MEN =
      List.of(
          "Ерлан",
          "Серик",
          "Асхат",
          "Нурлан",
          "Данияр",
          "Марат",
          "Бауыржан",
          "Ержан",
          "Алексей",
          "Сергей",
          "Дмитрий",
          "Руслан",
          "Тимур",
          "Азамат",
          "Кайрат");
  private static final List<String> WOMEN =
      List.of(
          "Айгуль",
          "Гульнара",
          "Динара",
          "Асель",
          "Жанар",
          "Сауле",
          "Елена",
          "Ольга",
          "Наталья",
          "Мадина",
          "Алия",
          "Анара");
  private static final List<String> PATRONYMIC_STEMS =
      List.of(
          "Серик", "Марат", "Нурлан", "Кайрат", "Асхат", "Болат", "Ерлан", "Иван", "Петр",
          "Талгат");
  private static final List<String> RANKS =
      List.of("лейтенант", "старший лейтенант", "капитан", "майор", "подполковник");
}
