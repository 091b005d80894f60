package dev.promptfit.processor.validate;

/**
 * The wording of every tool diagnostic (API.md section 8), kept apart from {@link Messages} so
 * that tools read as one piece. Each starts with what it is about ({@code WeatherTools.forecast},
 * {@code TravelAgent.plan}) and ends with what to do.
 */
final class ToolMessages {
  private ToolMessages() {}

  static String notPublic(String tool) {
    return tool
        + ": a @Tool method must be public, so that the generated dispatcher can call it; make it"
        + " public";
  }

  static String isStatic(String tool) {
    return tool
        + ": a @Tool method must not be static: Promptfit calls it on the instance given to"
        + " Promptfit.create(...); make it an instance method";
  }

  static String generic(String tool) {
    return tool
        + ": a @Tool method must not declare type parameters, which no JSON schema can follow;"
        + " use concrete types";
  }

  static String invalidName(String tool, String name) {
    return tool
        + ": tool name \""
        + name
        + "\" must be 1 to 64 letters, digits, _ or -, as OpenAI requires; rename it with"
        + " @Tool(name = ...)";
  }

  static String duplicateInClass(String tool, String name, String first) {
    return tool
        + ": tool name "
        + name
        + " is already used by "
        + first
        + "; give one of them another name with @Tool(name = ...)";
  }

  static String notInClass(String method, String owner, String kind) {
    return method
        + ": @Tool marks methods of classes, and "
        + owner
        + " is "
        + kind
        + "; move the tool to a class and list that class in @Tools";
  }

  static String genericClass(String type) {
    return type
        + ": a class with @Tool methods must not have type parameters, since its tools are"
        + " described at compile time; use concrete types";
  }

  static String privateClass(String type, String binder) {
    return type
        + ": a class with @Tool methods must not be private (nor nested in a private type), since"
        + " the generated "
        + binder
        + " calls its tools; make it package-private or public";
  }

  static String limitWhat() {
    return "the tool's parameters' JSON schema";
  }

  static String notAClass(String owner, String type) {
    return owner + ": @Tools names " + type + ", which is not a class; list classes with @Tool"
        + " methods";
  }

  static String noTools(String owner, String type) {
    return owner
        + ": @Tools names "
        + type
        + ", which has no @Tool methods; mark its tools with @Tool or remove it from @Tools";
  }

  static String listedTwice(String owner, String type) {
    return owner + ": @Tools names " + type + " twice; name it once";
  }

  static String invisible(String owner, String type, String generated, String pkg) {
    return owner
        + ": @Tools names "
        + type
        + ", which "
        + generated
        + " in package "
        + pkg
        + " cannot use, since it is not public; make it public or move it to that package";
  }

  static String duplicateTool(String method, String name, String first, String second) {
    return method
        + ": two of its tools are named "
        + name
        + " ("
        + first
        + " and "
        + second
        + "); the model calls tools by name, so give one of them another name with @Tool(name ="
        + " ...)";
  }

  static String noBinder(String owner, String type, String binder) {
    return owner
        + ": @Tools names "
        + type
        + ", whose dispatcher "
        + binder
        + " does not exist: it was compiled without the Promptfit processor; add"
        + " dev.promptfit:promptfit-processor to the annotation processors of the build that"
        + " compiles it";
  }
}
