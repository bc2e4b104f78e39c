package org.kuzet.program.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.program.EquipmentItem;
import org.kuzet.program.EquipmentYear;
import org.kuzet.program.FiscalYear;
import org.kuzet.program.FundingYear;
import org.kuzet.program.ProgramManagement;
import org.kuzet.program.ProgramSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The program module's answers to other modules. */
@Service
@Transactional(readOnly = true)
class ProgramManagementService implements ProgramManagement {

  private final EquipmentRegister equipment;
  private final Projects projects;
  private final Programs programs;
  private final OfficersTrainedRecords trained;
  private final Countries countries;
  private final FundingLines funding;
  private final JdbcClient jdbc;

  ProgramManagementService(
      EquipmentRegister equipment,
      Projects projects,
      Programs programs,
      OfficersTrainedRecords trained,
      Countries countries,
      FundingLines funding,
      JdbcClient jdbc) {
    this.equipment = equipment;
    this.projects = projects;
    this.programs = programs;
    this.trained = trained;
    this.countries = countries;
    this.funding = funding;
    this.jdbc = jdbc;
  }

  @Override
  public List<ProgramSummary> programs() {
    var all = projects.list(new Where());
    var result = new ArrayList<ProgramSummary>();
    for (var p : programs.all()) {
      var names = new HashMap<String, String>();
      for (String lang : List.of(Lang.ENGLISH, "ru", "kk")) {
        programs.textExactly(p.id(), lang).ifPresent(t -> names.put(lang, t.name()));
      }
      var implementing = new HashSet<AgencyCode>();
      all.stream()
          .filter(project -> project.programId().equals(p.id()))
          .forEach(
              project -> project.implementing().forEach(c -> implementing.add(AgencyCode.of(c))));
      result.add(
          new ProgramSummary(p.code(), p.countryCode(), names, implementing, p.onFactsheet()));
    }
    return result;
  }

  @Override
  public Optional<String> countryName(String country, String lang) {
    return countries.text(country, lang).map(Countries.CountryText::name);
  }

  @Override
  public List<FundingYear> fundingByYear(String programCode, @Nullable AgencyCode implementedBy) {
    var program = programs.findByCode(programCode);
    if (program.isEmpty()) {
      return List.of();
    }
    var where = new Where().eq("f.program_id", "program", program.get().id().value());
    if (implementedBy != null) {
      where.scope(Scope.partner(implementedBy), "f.project_id");
    }
    return funding.totals(where).stream()
        .map(t -> new FundingYear(t.fiscalYear(), t.currency(), t.obligated(), t.spent()))
        .toList();
  }

  @Override
  public List<EquipmentYear> equipmentByYear(String programCode) {
    record Item(long id, @Nullable LocalDate handover) {}
    record Check(long equipmentId, LocalDate on, boolean working) {}
    var items =
        jdbc.sql(
                """
                SELECT e.id, e.handover_date FROM prog_equipment e
                JOIN prog_project p ON p.id = e.project_id
                JOIN prog_program g ON g.id = p.program_id
                WHERE g.code = ?""")
            .param(programCode)
            .query((rs, n) -> new Item(rs.getLong(1), rs.getObject(2, LocalDate.class)))
            .list();
    var checks =
        jdbc.sql(
                """
                SELECT c.equipment_id, c.checked_on, c.present AND c.working AS ok FROM prog_end_use_check c
                JOIN prog_equipment e ON e.id = c.equipment_id
                JOIN prog_project p ON p.id = e.project_id
                JOIN prog_program g ON g.id = p.program_id
                WHERE g.code = ? ORDER BY c.checked_on, c.id""")
            .param(programCode)
            .query(
                (rs, n) ->
                    new Check(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3)))
            .list();
    var years = new TreeSet<Integer>();
    items.stream()
        .filter(i -> i.handover() != null)
        .forEach(i -> years.add(FiscalYear.of(i.handover()).year()));
    checks.forEach(c -> years.add(FiscalYear.of(c.on()).year()));
    var result = new ArrayList<EquipmentYear>();
    if (years.isEmpty()) {
      return result;
    }
    for (int fy = years.first(); fy <= years.last(); fy++) {
      LocalDate end = new FiscalYear(fy).lastDay();
      int year = fy;
      int delivered =
          (int)
              items.stream()
                  .filter(i -> i.handover() != null && FiscalYear.of(i.handover()).year() == year)
                  .count();
      // The latest check on or before the year's end decides; checks are in date order.
      var latest = new HashMap<Long, Boolean>();
      checks.stream()
          .filter(c -> !c.on().isAfter(end))
          .forEach(c -> latest.put(c.equipmentId(), c.working()));
      int inService =
          (int)
              items.stream()
                  .filter(i -> i.handover() != null && !i.handover().isAfter(end))
                  .filter(i -> Boolean.TRUE.equals(latest.get(i.id())))
                  .count();
      result.add(new EquipmentYear(fy, delivered, inService));
    }
    return result;
  }

  @Override
  public List<EquipmentItem> equipmentAt(String location) {
    return items(
        new Where()
            .clause(
                "LOWER(TRIM(e.location)) = :location",
                Map.of("location", ProgramManagement.normalise(location))));
  }

  @Override
  public List<EquipmentItem> equipmentOf(AgencyCode recipient, @Nullable String unit) {
    var where = new Where().eq("e.recipient", "recipient", recipient.value());
    if (unit != null && !unit.isBlank()) {
      where.clause(
          "LOWER(TRIM(e.recipient_unit)) = :unit",
          Map.of("unit", ProgramManagement.normalise(unit)));
    }
    return items(where);
  }

  @Override
  public List<String> programCodes() {
    return programs.all().stream().map(Programs.Program::code).toList();
  }

  @Override
  public int officersTrained(String programCode) {
    var total = trained.totalsByProgram().get(programCode);
    return total == null ? 0 : total.officers();
  }

  private List<EquipmentItem> items(Where where) {
    var codes = new HashMap<ProjectId, String>();
    return equipment.list(where).stream()
        .map(
            e ->
                new EquipmentItem(
                    e.id().value(),
                    e.item(),
                    e.model(),
                    e.serialNumber(),
                    e.value(),
                    e.currency(),
                    AgencyCode.of(e.recipient()),
                    e.recipientUnit(),
                    e.location(),
                    e.handoverDate(),
                    codes.computeIfAbsent(
                        e.projectId(), id -> projects.find(id).map(Project::code).orElse("?")),
                    e.lastCheckedOn(),
                    e.lastWorking(),
                    e.itemRu(),
                    e.itemKk(),
                    e.locationRu(),
                    e.locationKk(),
                    e.recipientUnitRu(),
                    e.recipientUnitKk()))
        .toList();
  }
}
