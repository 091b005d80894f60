package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * On the module path the runtime exports what users write ({@code dev.promptfit}) and what the
 * generated classes in users' modules call ({@code dev.promptfit.internal}), and nothing else: the
 * HTTP, stream and adapter internals stay inside.
 */
class ModuleTest {

  /** The descriptor of the jar or class folder {@code anyClassOfTheModule} was loaded from. */
  private static ModuleDescriptor descriptor(Class<?> anyClassOfTheModule) throws Exception {
    Path location =
        Path.of(anyClassOfTheModule.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<ModuleReference> found = ModuleFinder.of(location).findAll();
    assertEquals(1, found.size(), "modules at " + location);
    return found.iterator().next().descriptor();
  }

  @Test
  void theRuntimeExportsOnlyItsApiAndTheGeneratedCodesContract() throws Exception {
    ModuleDescriptor runtime = descriptor(Promptfit.class);
    assertEquals("dev.promptfit", runtime.name());
    Set<String> exported =
        runtime.exports().stream()
            .peek(e -> assertTrue(!e.isQualified(), "qualified export " + e))
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    assertEquals(Set.of("dev.promptfit", "dev.promptfit.internal"), exported);
    assertTrue(runtime.packages().contains("dev.promptfit.internal.http"), runtime.packages()::toString);
    assertTrue(runtime.opens().isEmpty(), "opens " + runtime.opens());
    assertTrue(
        runtime.requires().stream()
            .anyMatch(r -> r.name().equals("dev.promptfit.annotation")
                && r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE)),
        "users who read dev.promptfit also read the annotations");
  }

  @Test
  void theAnnotationsJarIsAModuleOfItsOwn() throws Exception {
    ModuleDescriptor annotations = descriptor(dev.promptfit.annotation.Prompt.class);
    assertEquals("dev.promptfit.annotation", annotations.name());
    assertEquals(
        Set.of("dev.promptfit.annotation"),
        annotations.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
  }
}
