package org.kuzet.program.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.kuzet.identity.AgencyCode;
import org.kuzet.program.EquipmentItem;
import org.kuzet.program.ProgramManagement;
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

  ProgramManagementService(
      EquipmentRegister equipment, Projects projects, Programs programs, OfficersTrainedRecords trained) {
    this.equipment = equipment;
    this.projects = projects;
    this.programs = programs;
    this.trained = trained;
  }

  @Override
  public List<EquipmentItem> equipmentAt(String location) {
    return items(
        new Where()
            .clause("LOWER(TRIM(e.location)) = :location", Map.of("location", ProgramManagement.normalise(location))));
  }

  @Override
  public List<EquipmentItem> equipmentOf(AgencyCode recipient, @Nullable String unit) {
    var where = new Where().eq("e.recipient", "recipient", recipient.value());
    if (unit != null && !unit.isBlank()) {
      where.clause("LOWER(TRIM(e.recipient_unit)) = :unit", Map.of("unit", ProgramManagement.normalise(unit)));
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
    var codes = new java.util.HashMap<Long, String>();
    return equipment.list(where).stream()
        .map(
            e ->
                new EquipmentItem(
                    e.id(),
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
                    e.lastWorking()))
        .toList();
  }
}
