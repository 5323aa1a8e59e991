int k(){return 2;}
