package org.kuzet.workspace.internal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.web.Formats;
import org.springframework.context.MessageSourceResolvable;

class TitleArgsTest {

  @Test
  void eachKindOfArgumentComesBackAsItWasGiven() {
    String stored =
        TitleArgs.encode(
            List.of(
                "Жаксылыков Ерлан\u001Fx",
                42L,
                7,
                LocalDate.of(2027, 2, 1),
                Formats.code("fin.typology.", "GATHER_SCATTER")));
    Object[] args = TitleArgs.decode(stored);
    assertThat(args[0]).isEqualTo("Жаксылыков Ерлан x");
    assertThat(args[1]).isEqualTo(42L);
    assertThat(args[2]).isEqualTo(7L);
    assertThat(args[3]).isEqualTo(LocalDate.of(2027, 2, 1));
    var code = (MessageSourceResolvable) args[4];
    assertThat(code.getCodes()).containsExactly("fin.typology.GATHER_SCATTER");
    assertThat(code.getDefaultMessage()).isEqualTo("GATHER_SCATTER");
  }

  @Test
  void noArgumentsAreStoredAsNothing() {
    assertThat(TitleArgs.encode(List.of())).isNull();
    assertThat(TitleArgs.decode(null)).isEmpty();
  }
}
