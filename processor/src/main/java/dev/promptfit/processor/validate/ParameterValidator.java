package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.Parameter;
import dev.promptfit.processor.model.Setting;
import dev.promptfit.processor.parse.TemplateParser;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that a method's parameters can be told apart: each placeholder name belongs to one
 * parameter, and there is at most one {@code CallOptions}.
 */
final class ParameterValidator {
  private ParameterValidator() {}

  static void check(MethodModel method, ValidationReport report) {
    String name = method.displayName();
    Set<String> parameterNames =
        method.parameters().stream().map(Parameter::name).collect(Collectors.toSet());
    Map<String, Parameter> owners = new HashMap<>();
    Parameter callOptions = null;
    for (Parameter parameter : method.parameters()) {
      Optional<Setting<String>> alias = parameter.alias();
      if (parameter.callOptions()) {
        alias.ifPresent(
            a -> report.error(Messages.aliasOnCallOptions(name, parameter.name()), a.anchor()));
        if (callOptions != null) {
          report.error(
              Messages.tooManyCallOptions(name, callOptions.name(), parameter.name()),
              Anchor.of(parameter.element()));
        } else {
          callOptions = parameter;
        }
        continue;
      }
      if (alias.isPresent()) {
        String value = alias.get().value();
        if (!TemplateParser.isIdentifier(value)) {
          report.error(
              Messages.invalidAlias(name, parameter.name(), value), alias.get().anchor());
          continue;
        }
        if (!value.equals(parameter.name()) && parameterNames.contains(value)) {
          report.error(
              Messages.aliasShadowsParameter(name, parameter.name(), value),
              alias.get().anchor());
          continue;
        }
      }
      Parameter owner = owners.putIfAbsent(parameter.placeholder(), parameter);
      if (owner != null) {
        Anchor anchor =
            alias.map(Setting::anchor).orElseGet(() -> Anchor.of(parameter.element()));
        report.error(
            Messages.duplicatePlaceholder(
                name, owner.name(), parameter.name(), parameter.placeholder()),
            anchor);
      }
    }
  }
}
