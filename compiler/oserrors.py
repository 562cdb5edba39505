"""Danish texts for the operating system's errors: `strerror` is English ("Is a directory")."""

from __future__ import annotations

import errno

TEXTS = {
    errno.ENOENT: "findes ikke",
    errno.ENOTDIR: "en del af stien er ikke en mappe",
    errno.EISDIR: "det er en mappe",
    errno.EEXIST: "findes allerede",
    errno.ENOTEMPTY: "mappen er ikke tom",
    errno.EACCES: "ingen adgang (tilladelse nægtet)",
    errno.EPERM: "handlingen er ikke tilladt",
    errno.EROFS: "filsystemet er skrivebeskyttet",
    errno.ENOSPC: "der er ikke mere plads på disken",
    errno.EDQUOT: "diskkvoten er brugt op",
    errno.EFBIG: "filen er for stor",
    errno.ENAMETOOLONG: "navnet er for langt",
    errno.ELOOP: "for mange symbolske links i stien",
    errno.EIO: "disken kunne ikke læses eller skrives (I/O-fejl)",
    errno.EMFILE: "for mange åbne filer",
    errno.ENFILE: "for mange åbne filer",
    errno.EBUSY: "den er i brug",
    errno.ETXTBSY: "den er i brug",
    errno.EXDEV: "den ligger på et andet filsystem",
}


def describe(error: OSError) -> str:
    """The error in Danish; an error without a text here is named by its code (EINVAL)."""
    if error.errno in TEXTS:
        return TEXTS[error.errno]
    return f"systemfejl {errno.errorcode.get(error.errno, error.errno)}" if error.errno else "ukendt systemfejl"
