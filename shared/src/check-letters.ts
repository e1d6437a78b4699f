// Modulo-23 letter table shared by the DNI/NIE check letter and the CUPS control letters.
export const MOD23_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
