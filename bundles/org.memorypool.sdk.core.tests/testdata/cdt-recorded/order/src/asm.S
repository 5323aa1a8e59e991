.globl _f
_f:
 ret
