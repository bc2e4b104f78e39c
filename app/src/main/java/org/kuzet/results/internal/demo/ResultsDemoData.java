package org.kuzet.results.internal.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AuditDetail;
import org.kuzet.identity.AuditLog;
import org.kuzet.results.internal.Indicator;
import org.kuzet.results.internal.Indicators;
import org.kuzet.results.internal.ManualValues;
import org.kuzet.results.internal.Measure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo installation: indicators for the five programs of the Kazakhstan fact sheet. The targets
 * follow the fact sheet where it gives them — seven checkpoints, about 30 officers a session and
 * five sessions a year at the Anti-TIP Center — and are illustrative elsewhere, as are the demand
 * reduction program's hand-entered values (one still waiting for review). Actuals are not seeded:
 * they come from the other modules' records.
 */
@Component
@Order(90)
@ConditionalOnProperty(name = "kuzet.demo.enabled", havingValue = "true")
class ResultsDemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(ResultsDemoData.class);

  private final Indicators indicators;
  private final ManualValues manual;
  private final AuditLog audit;

  ResultsDemoData(Indicators indicators, ManualValues manual, AuditLog audit) {
    this.indicators = indicators;
    this.manual = manual;
    this.audit = audit;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (indicators.any()) {
      return;
    }
    int order = 0;
    // Counternarcotics: the seven checkpoints with UNODC.
    long checkpoints =
        add(
            "KZ-CN",
            "CN-CHECKPOINTS",
            Measure.POSTS_OPERATIONAL,
            "CHECKPOINT",
            "POSTS",
            order += 10,
            true,
            true,
            false,
            "Checkpoints operational",
            "Действующие контрольно-пропускные пункты",
            "Жұмыс істейтін бақылау бекеттері",
            "Highway checkpoints that logged at least one vehicle inspection during the fiscal year.",
            "Контрольно-пропускные пункты на автомагистралях, зарегистрировавшие хотя бы один досмотр за финансовый год.",
            "Қаржы жылында кемінде бір тексеруді тіркеген автомагистраль бақылау бекеттері.",
            BigDecimal.ZERO,
            2007);
    targets(checkpoints, Map.of(2008, 3, 2009, 7));
    add(
        "KZ-CN",
        "CN-INSPECTIONS",
        Measure.INSPECTIONS,
        "CHECKPOINT",
        "INSPECTIONS",
        order += 10,
        false,
        false,
        false,
        "Vehicle inspections at the checkpoints",
        "Досмотры транспортных средств на КПП",
        "Бекеттердегі көлік тексерулері",
        "Vehicle inspections logged at the highway checkpoints.",
        "Досмотры транспортных средств, зарегистрированные на контрольно-пропускных пунктах.",
        "Бақылау бекеттерінде тіркелген көлік тексерулері.",
        null,
        null);
    add(
        "KZ-CN",
        "CN-SEIZURES",
        Measure.SEIZURE_CASES,
        "CHECKPOINT",
        "CASES",
        order += 10,
        false,
        false,
        false,
        "Drug seizure cases at the checkpoints",
        "Случаи изъятия наркотиков на КПП",
        "Бекеттердегі есірткі тәркілеу жағдайлары",
        "Seizures recorded at the highway checkpoints, by drug.",
        "Изъятия, зарегистрированные на контрольно-пропускных пунктах, по видам наркотиков.",
        "Бақылау бекеттерінде тіркелген тәркілеулер, есірткі түрі бойынша.",
        null,
        null);
    add(
        "KZ-CN",
        "CN-KG",
        Measure.SEIZED_KG,
        "CHECKPOINT",
        "KG",
        order += 10,
        false,
        false,
        false,
        "Drugs seized at the checkpoints",
        "Изъято наркотиков на КПП",
        "Бекеттерде тәркіленген есірткі",
        "Kilograms of drugs seized at the highway checkpoints (seizures recorded in kilograms), by drug.",
        "Килограммы наркотиков, изъятых на контрольно-пропускных пунктах (изъятия в килограммах), по видам.",
        "Бақылау бекеттерінде тәркіленген есірткі килограмы (килограммен тіркелгендер), түрі бойынша.",
        null,
        null);
    long cnDelivered =
        add(
            "KZ-CN",
            "CN-EQUIPMENT",
            Measure.EQUIPMENT_DELIVERED,
            null,
            "ITEMS",
            order += 10,
            false,
            true,
            true,
            "Equipment delivered to the checkpoints",
            "Оборудование, переданное КПП",
            "Бекеттерге берілген жабдық",
            "Items of program equipment handed over to the checkpoint teams in the fiscal year.",
            "Единицы оборудования программы, переданные группам КПП за финансовый год.",
            "Қаржы жылында бекет топтарына берілген бағдарлама жабдығы.",
            BigDecimal.ZERO,
            2007);
    targets(cnDelivered, Map.of(2008, 21));
    long cnService =
        add(
            "KZ-CN",
            "CN-IN-SERVICE",
            Measure.EQUIPMENT_IN_SERVICE,
            null,
            "ITEMS",
            order += 10,
            false,
            false,
            true,
            "Checkpoint equipment verified in service",
            "Оборудование КПП, подтверждённое в работе",
            "Жұмыста екені расталған бекет жабдығы",
            "Items whose latest end-use check by the fiscal year's end found them present and working.",
            "Единицы, последняя проверка конечного использования которых к концу года подтвердила наличие и исправность.",
            "Жыл соңына дейінгі соңғы түпкілікті пайдалану тексерісі бар және жұмыс істейтінін растаған жабдық.",
            null,
            null);
    targets(cnService, Map.of(2008, 7, 2009, 7));

    // Border security: the crossings and the Border Guard Academy.
    add(
        "KZ-BS",
        "BS-CROSSINGS",
        Measure.POSTS_OPERATIONAL,
        "CROSSING",
        "POSTS",
        order += 10,
        true,
        false,
        true,
        "Border crossing points operational",
        "Действующие пункты пропуска",
        "Жұмыс істейтін өткізу пункттері",
        "Border crossing points that logged at least one inspection during the fiscal year.",
        "Пункты пропуска через границу, зарегистрировавшие хотя бы один досмотр за финансовый год.",
        "Қаржы жылында кемінде бір тексеруді тіркеген шекара өткізу пункттері.",
        null,
        null);
    add(
        "KZ-BS",
        "BS-INSPECTIONS",
        Measure.INSPECTIONS,
        "CROSSING",
        "INSPECTIONS",
        order += 10,
        false,
        false,
        false,
        "Crossings inspected",
        "Досмотры в пунктах пропуска",
        "Өткізу пункттеріндегі тексерулер",
        "Crossings logged at the border crossing points.",
        "Пересечения, зарегистрированные в пунктах пропуска.",
        "Өткізу пункттерінде тіркелген өтулер.",
        null,
        null);
    add(
        "KZ-BS",
        "BS-SEIZURES",
        Measure.SEIZURE_CASES,
        "CROSSING",
        "CASES",
        order += 10,
        false,
        false,
        false,
        "Drug seizure cases at the border",
        "Случаи изъятия наркотиков на границе",
        "Шекарадағы есірткі тәркілеу жағдайлары",
        "Seizures recorded at the border crossing points, by drug.",
        "Изъятия, зарегистрированные в пунктах пропуска, по видам наркотиков.",
        "Өткізу пункттерінде тіркелген тәркілеулер, есірткі түрі бойынша.",
        null,
        null);
    long bsTrained =
        add(
            "KZ-BS",
            "BS-TRAINED",
            Measure.OFFICERS_TRAINED,
            null,
            "OFFICERS",
            order += 10,
            true,
            true,
            true,
            "Border officers trained",
            "Обучено пограничников",
            "Оқытылған шекарашылар",
            "Officers who completed a Border Guard Academy course under the program, by agency and gender.",
            "Сотрудники, завершившие курс Академии пограничной службы по программе, по ведомствам и полу.",
            "Бағдарлама бойынша Шекара қызметі академиясының курсын аяқтаған қызметкерлер.",
            BigDecimal.ZERO,
            2007);
    targets(bsTrained, Map.of(2008, 20, 2009, 40));

    // AML/CTF: the Financial Police Academy and the workbench.
    long amlTrained =
        add(
            "KZ-AML",
            "AML-TRAINED",
            Measure.OFFICERS_TRAINED,
            null,
            "OFFICERS",
            order += 10,
            true,
            true,
            true,
            "Financial investigators and analysts trained",
            "Обучено финансовых следователей и аналитиков",
            "Оқытылған қаржы тергеушілері мен талдаушылары",
            "Officers who completed an AML course at the Financial Police Academy, by agency and gender.",
            "Сотрудники, завершившие курс по ПОД в Академии финансовой полиции, по ведомствам и полу.",
            "Қаржы полициясы академиясында AML курсын аяқтаған қызметкерлер.",
            null,
            null);
    targets(amlTrained, Map.of(2006, 60, 2007, 60));
    add(
        "KZ-AML",
        "AML-TRIAGED",
        Measure.FINANCIAL_ALERTS_TRIAGED,
        null,
        "ALERTS",
        order += 10,
        false,
        false,
        false,
        "Financial alerts triaged",
        "Отработано финансовых оповещений",
        "Өңделген қаржы ескертулері",
        "Typology alerts raised in the fiscal year that investigators have dismissed or escalated to a case.",
        "Оповещения о типологиях за финансовый год, отклонённые следователями или переданные в дело.",
        "Қаржы жылындағы тергеушілер қабылдамаған немесе іске берген ескертулер.",
        null,
        null);
    add(
        "KZ-AML",
        "AML-CASES",
        Measure.FINANCIAL_CASES_OPENED,
        null,
        "CASES",
        order += 10,
        false,
        false,
        false,
        "Financial cases opened",
        "Открыто финансовых дел",
        "Ашылған қаржы істері",
        "Financial investigation cases opened on the workbench.",
        "Дела финансовых расследований, открытые в рабочем месте следователя.",
        "Тергеушінің жұмыс орнында ашылған қаржы тергеу істері.",
        null,
        null);

    // Trafficking in persons: the Anti-TIP Center (30 officers a session, five sessions a year).
    long tipTrained =
        add(
            "KZ-TIP",
            "TIP-TRAINED",
            Measure.OFFICERS_TRAINED,
            null,
            "OFFICERS",
            order += 10,
            true,
            true,
            false,
            "Officers trained at the Anti-TIP Center",
            "Обучено сотрудников в Центре по борьбе с торговлей людьми",
            "Адам саудасына қарсы орталықта оқытылған қызметкерлер",
            "Migration Police and MOI Police officers who completed the Anti-TIP Center's course, by agency and gender.",
            "Сотрудники миграционной полиции и полиции МВД, завершившие курс Центра, по ведомствам и полу.",
            "Орталық курсын аяқтаған көші-қон полициясы мен ІІМ полициясы қызметкерлері.",
            BigDecimal.ZERO,
            2007);
    targets(tipTrained, Map.of(2008, 150, 2009, 150));
    add(
        "KZ-TIP",
        "TIP-IDENTIFIED",
        Measure.VICTIMS_IDENTIFIED,
        null,
        "VICTIMS",
        order += 10,
        false,
        false,
        false,
        "Victims identified",
        "Выявлено жертв",
        "Анықталған құрбандар",
        "Victims identified, by calendar year of registration; counts from 1 to 9 are suppressed.",
        "Выявленные жертвы по календарному году регистрации; значения от 1 до 9 скрыты.",
        "Тіркелген күнтізбелік жыл бойынша анықталған құрбандар; 1-ден 9-ға дейінгі сандар жасырылады.",
        null,
        null);
    add(
        "KZ-TIP",
        "TIP-REFERRED",
        Measure.VICTIMS_REFERRED,
        null,
        "VICTIMS",
        order += 10,
        false,
        false,
        false,
        "Victims referred to assistance",
        "Жертвы, направленные за помощью",
        "Көмекке жіберілген құрбандар",
        "Victims referred to at least one assistance service, by calendar year of registration; counts from 1 to 9 are suppressed.",
        "Жертвы, направленные хотя бы в одну службу помощи, по календарному году регистрации; значения от 1 до 9 скрыты.",
        "Кемінде бір көмек қызметіне жіберілген құрбандар; 1-ден 9-ға дейінгі сандар жасырылады.",
        null,
        null);
    long tipEquipment =
        add(
            "KZ-TIP",
            "TIP-EQUIPMENT",
            Measure.EQUIPMENT_DELIVERED,
            null,
            "ITEMS",
            order += 10,
            false,
            false,
            true,
            "Equipment delivered to the Anti-TIP Center",
            "Оборудование, переданное Центру",
            "Орталыққа берілген жабдық",
            "Items of program equipment and furniture handed over to the center in the fiscal year.",
            "Единицы оборудования и мебели, переданные Центру за финансовый год.",
            "Қаржы жылында орталыққа берілген жабдық пен жиһаз.",
            null,
            null);
    targets(tipEquipment, Map.of(2008, 2));

    // Demand reduction: nothing in Kuzet records these, so they are entered and reviewed.
    long prevention =
        add(
            "KZ-DR",
            "DR-PREVENTION",
            Measure.MANUAL,
            null,
            "PEOPLE",
            order += 10,
            false,
            false,
            true,
            "People reached by prevention",
            "Охвачено профилактикой",
            "Профилактикамен қамтылғандар",
            "People reached by drug prevention activities, as reported by the implementing agencies.",
            "Люди, охваченные мероприятиями по профилактике наркомании, по отчётам исполнителей.",
            "Орындаушылардың есептері бойынша есірткі профилактикасымен қамтылған адамдар.",
            new BigDecimal("8000"),
            2006);
    targets(prevention, Map.of(2007, 10000, 2008, 20000, 2009, 25000));
    long treatment =
        add(
            "KZ-DR",
            "DR-TREATMENT",
            Measure.MANUAL,
            null,
            "PLACES",
            order += 10,
            false,
            false,
            true,
            "Treatment places available",
            "Мест для лечения",
            "Емдеу орындары",
            "Places for drug dependence treatment available at the end of the fiscal year.",
            "Места для лечения наркозависимости на конец финансового года.",
            "Қаржы жылының соңындағы есірткіге тәуелділікті емдеу орындары.",
            new BigDecimal("280"),
            2007);
    targets(treatment, Map.of(2008, 400, 2009, 450));
    approved(prevention, 2007, "12000", "Reports of the oblast health departments (illustrative)");
    approved(prevention, 2008, "18500", "Reports of the oblast health departments (illustrative)");
    approved(treatment, 2008, "340", "Ministry of Health register (illustrative)");
    manual.insert(
        prevention,
        2009,
        new BigDecimal("9800"),
        "First quarter reports (illustrative)",
        "pm.inl",
        Instant.parse("2009-01-12T05:00:00Z"),
        true);

    audit.recordFacts("RESULTS_DEMO_DATA", "results", null, AuditDetail.of("results.demo"));
    log.warn(
        "DEMO INSTALLATION: loaded results indicators (targets and demand-reduction values illustrative)");
  }

  private long add(
      String program,
      String code,
      Measure measure,
      @Nullable String scope,
      String unit,
      int order,
      boolean costPerUnit,
      boolean onFactsheet,
      boolean illustrative,
      String nameEn,
      String nameRu,
      String nameKk,
      String defEn,
      String defRu,
      String defKk,
      @Nullable BigDecimal baseline,
      @Nullable Integer baselineYear) {
    return indicators.insert(
        new Indicator(
            0,
            program,
            code,
            measure,
            scope,
            unit,
            nameEn,
            nameRu,
            nameKk,
            defEn,
            defRu,
            defKk,
            baseline,
            baselineYear,
            costPerUnit,
            onFactsheet,
            order,
            illustrative));
  }

  private void targets(long indicator, Map<Integer, Integer> targets) {
    targets.forEach(
        (fy, t) ->
            indicators.setTarget(
                indicator,
                fy,
                BigDecimal.valueOf(t),
                "pm.inl",
                Instant.parse("2008-10-01T04:00:00Z")));
  }

  private void approved(long indicator, int fy, String amount, String note) {
    long id =
        manual.insert(
            indicator,
            fy,
            new BigDecimal(amount),
            note,
            "pm.inl",
            Instant.parse("2008-11-03T05:00:00Z"),
            true);
    manual.review(
        id, ManualValues.Status.APPROVED, "admin", Instant.parse("2008-11-05T05:00:00Z"), null);
  }
}
