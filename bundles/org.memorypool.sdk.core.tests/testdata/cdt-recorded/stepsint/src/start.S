# returns 1
	.text
	.globl	_asm_one
_asm_one:
	movl	$1, %eax
	ret
