int u(void){return 4;}
