"""Formatting JS stacks for hosts (CLI output, error pages)."""


def format_stack(name, message, frames):
    head = f"{name}: {message}" if message else f"{name}"
    lines = [head]
    for fn, filename, line, col in frames or ():
        where = f"{filename}:{line}:{col + 1}"
        lines.append(f"    at {fn} ({where})" if fn else f"    at {where}")
    return "\n".join(lines)
