SELECT nextval('s_old'); INSERT INTO receipts VALUES (1);
