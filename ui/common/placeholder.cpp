// placeholder
namespace sd::ui { void placeholder() {} }
