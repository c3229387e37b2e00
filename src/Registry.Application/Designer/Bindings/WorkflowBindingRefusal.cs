namespace Registry.Application.Designer;

/// <summary>Why a binding or a new definition was refused (the console shows each in zh-CN and en).</summary>
public enum WorkflowBindingRefusal
{
    /// <summary>No business type has that code.</summary>
    UnknownBusinessType,

    /// <summary>The definition has no published version (a draft cannot run cases).</summary>
    DefinitionNotPublished,

    /// <summary>The type announces (公告) but the definition has no wait for <c>announcement-ended</c>.</summary>
    AnnouncementMissing,

    /// <summary>A new definition's id is empty, too long or not lower-case letters, digits and hyphens.</summary>
    DefinitionIdInvalid,

    /// <summary>A definition with that id already exists.</summary>
    DefinitionIdTaken,

    /// <summary>A new definition needs a Chinese name (at most 200 characters).</summary>
    NameInvalid,

    /// <summary>The template to copy has no published version.</summary>
    TemplateNotPublished,
}
