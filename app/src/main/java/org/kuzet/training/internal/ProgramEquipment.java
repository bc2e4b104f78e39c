package org.kuzet.training.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.kuzet.program.EquipmentItem;
import org.kuzet.program.ProgramManagement;
import org.springframework.stereotype.Component;

/**
 * The program office's equipment register as a training center sees it, through the program
 * module's API: which register items a center may reference, and what the register says about the
 * items a center does reference (by serial number, or {@code REG-<id>} for items without one).
 */
@Component
public class ProgramEquipment {

  /** A center's equipment reference and, when the register knows it, the register's record. */
  record Linked(Centers.Equipment equipment, @Nullable EquipmentItem register) {}

  private final ProgramManagement program;

  ProgramEquipment(ProgramManagement program) {
    this.program = program;
  }

  public static String refOf(EquipmentItem item) {
    String serial = item.serialNumber();
    return serial != null && !serial.isBlank() ? serial.strip() : "REG-" + item.id();
  }

  /**
   * Register items that belong to the center: handed to its hosting agency, or installed at the
   * center as the register spells its location ("name, city" or "venue, city").
   */
  public List<EquipmentItem> candidates(Center center) {
    Map<Long, EquipmentItem> found = new LinkedHashMap<>();
    program.equipmentOf(center.hostingAgency(), null).forEach(i -> found.put(i.id(), i));
    program.equipmentAt(center.name() + ", " + center.city()).forEach(i -> found.put(i.id(), i));
    program.equipmentAt(center.venue() + ", " + center.city()).forEach(i -> found.put(i.id(), i));
    return List.copyOf(found.values());
  }

  Optional<EquipmentItem> find(Center center, String ref) {
    String wanted = ref.strip().toUpperCase(Locale.ROOT);
    return candidates(center).stream()
        .filter(i -> refOf(i).toUpperCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }

  List<Linked> linked(Center center, List<Centers.Equipment> equipment) {
    var candidates = candidates(center);
    return equipment.stream()
        .map(
            e ->
                new Linked(
                    e,
                    candidates.stream()
                        .filter(i -> refOf(i).equalsIgnoreCase(e.equipmentRef()))
                        .findFirst()
                        .orElse(null)))
        .toList();
  }

  /** Register items of the center not referenced yet, offered when adding equipment. */
  List<EquipmentItem> unlinked(Center center, List<Centers.Equipment> equipment) {
    return candidates(center).stream()
        .filter(i -> equipment.stream().noneMatch(e -> e.equipmentRef().equalsIgnoreCase(refOf(i))))
        .toList();
  }
}
