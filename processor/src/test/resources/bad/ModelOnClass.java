package bad;

import dev.promptfit.annotation.Model;

@Model("gpt-5-mini")
class Helper {}
