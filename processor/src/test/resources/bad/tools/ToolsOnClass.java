package bad.tools;

import dev.promptfit.annotation.Tools;

@Tools(ToolsOnClass.class)
public class ToolsOnClass {}
