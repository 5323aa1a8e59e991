#pragma once
int lib_add(int a, int b);
